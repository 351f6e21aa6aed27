package id.kiosmandiri.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An amount written out in words ("terbilang"), from 0 to {@value #MAX} (999 trillion and change), in
 * Bahasa Indonesia or English: for the "Terbilang:" line of a receipt and, later, for reading an amount
 * aloud. In the base module so receipts and screens can both use it.
 *
 * <p>Indonesian as the official forms write it: "nol", "sepuluh", "sebelas", "dua belas", "seratus",
 * "seratus sebelas", "seribu", "seribu seratus", "satu juta", "satu miliar", "satu triliun".
 * English in the short scale (billion = 10^9, trillion = 10^12), in the American style of cheques: no
 * "and", tens and ones hyphenated ("one hundred twenty-four million eight hundred fifty-one thousand nine
 * hundred forty-six"), "zero" for 0. All lower case; a caller that starts a sentence capitalises.
 *
 * <p>The number words are language data, not screen texts: they are grammar (which word comes where,
 * "se-" for one before "puluh"/"belas"/"ratus"/"ribu" only), cannot be changed one by one without breaking
 * the numbers, and are never reworded by a translator. So they live here, in two small tables per
 * language, tested against a second implementation; the label printed before them ("Terbilang:") is a
 * bundle text like every other.
 *
 * <p>Any locale whose language is not English gets Indonesian, as the screens do.
 */
public final class AmountInWords {

    /** The largest amount written out: 999 999 999 999 999 (just under a quadrillion). */
    public static final long MAX = 999_999_999_999_999L;

    private static final String[] ID_DIGITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan"};
    /** Per group of three digits, from the lowest: units, thousands, millions, billions, trillions. */
    private static final String[] ID_SCALES = {"", "ribu", "juta", "miliar", "triliun"};

    private static final String[] EN_UNDER_TWENTY = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};
    private static final String[] EN_SCALES = {"", "thousand", "million", "billion", "trillion"};

    private AmountInWords() {
    }

    /**
     * The amount in words in the locale's language.
     *
     * @throws IllegalArgumentException for an amount below 0 or above {@link #MAX}
     */
    public static String of(long amount, Locale locale) {
        if (amount < 0 || amount > MAX) {
            throw new IllegalArgumentException("amount in words only from 0 to " + MAX + ", was " + amount);
        }
        boolean english = english(locale);
        if (amount == 0) {
            return english ? EN_UNDER_TWENTY[0] : ID_DIGITS[0];
        }
        // the digits in groups of three, highest first: 1_234_567 is 1, 234, 567
        String digits = String.valueOf(amount);
        digits = "0".repeat((3 - digits.length() % 3) % 3) + digits;
        int groups = digits.length() / 3;
        List<String> words = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int group = Integer.parseInt(digits, g * 3, g * 3 + 3, 10);
            int scale = groups - 1 - g;
            if (group == 0) {
                continue;
            }
            if (english) {
                englishGroup(group, words);
                if (scale > 0) {
                    words.add(EN_SCALES[scale]);
                }
            } else if (group == 1 && scale == 1) {
                words.add("seribu"); // one thousand alone is "seribu", yet a million is "satu juta"
            } else {
                indonesianGroup(group, words);
                if (scale > 0) {
                    words.add(ID_SCALES[scale]);
                }
            }
        }
        return String.join(" ", words);
    }

    /**
     * The amount in words followed by "rupiah" (the currency's name is the same in both languages):
     * "seratus dua puluh lima ribu rupiah", "one hundred twenty-five thousand rupiah".
     *
     * @throws IllegalArgumentException for an amount below 0 or above {@link #MAX}
     */
    public static String rupiah(long amount, Locale locale) {
        return of(amount, locale) + " rupiah";
    }

    /** Whether {@link #of} can write this amount out. */
    public static boolean writable(long amount) {
        return amount >= 0 && amount <= MAX;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** 1 to 999 in Indonesian: "seratus", "dua ratus", then "sepuluh", "sebelas", "dua belas", "dua puluh satu". */
    private static void indonesianGroup(int group, List<String> words) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int ones = group % 10;
        if (hundreds == 1) {
            words.add("seratus");
        } else if (hundreds > 1) {
            words.add(ID_DIGITS[hundreds]);
            words.add("ratus");
        }
        if (tens == 1) {
            switch (ones) {
                case 0 -> words.add("sepuluh");
                case 1 -> words.add("sebelas");
                default -> {
                    words.add(ID_DIGITS[ones]);
                    words.add("belas");
                }
            }
            return;
        }
        if (tens > 1) {
            words.add(ID_DIGITS[tens]);
            words.add("puluh");
        }
        if (ones > 0) {
            words.add(ID_DIGITS[ones]);
        }
    }

    /** 1 to 999 in English: "one hundred", "twelve", "forty-six", "nine hundred ninety-nine". */
    private static void englishGroup(int group, List<String> words) {
        int hundreds = group / 100;
        int rest = group % 100;
        if (hundreds > 0) {
            words.add(EN_UNDER_TWENTY[hundreds]);
            words.add("hundred");
        }
        if (rest == 0) {
            return;
        }
        if (rest < 20) {
            words.add(EN_UNDER_TWENTY[rest]);
        } else {
            words.add(EN_TENS[rest / 10] + (rest % 10 == 0 ? "" : "-" + EN_UNDER_TWENTY[rest % 10]));
        }
    }
}
