package id.kiosmandiri.kiosk;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link AmountInWords} against a second, deliberately different implementation written here (recursive
 * by place value on the number itself, where the class walks groups of three digits of its text), for
 * any amount from 0 to the maximum, plus the cases the two could both get wrong, written out by hand.
 */
class AmountInWordsTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final Locale EN = Locale.ENGLISH;

    // ---------------------------------------------------------------- the reference implementation

    private static final String[] ID_DIGIT = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
    private static final String[] EN_SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** Indonesian, recursive: the largest place value first, the rest by the same function. */
    static String indonesian(long n) {
        if (n < 10) {
            return ID_DIGIT[(int) n];
        }
        if (n == 10) {
            return "sepuluh";
        }
        if (n == 11) {
            return "sebelas";
        }
        if (n < 20) {
            return indonesian(n - 10) + " belas";
        }
        if (n < 100) {
            return indonesian(n / 10) + " puluh" + indonesianRest(n % 10);
        }
        if (n < 200) {
            return "seratus" + indonesianRest(n - 100);
        }
        if (n < 1_000) {
            return indonesian(n / 100) + " ratus" + indonesianRest(n % 100);
        }
        if (n < 2_000) {
            return "seribu" + indonesianRest(n - 1_000);
        }
        if (n < 1_000_000) {
            return indonesian(n / 1_000) + " ribu" + indonesianRest(n % 1_000);
        }
        if (n < 1_000_000_000) {
            return indonesian(n / 1_000_000) + " juta" + indonesianRest(n % 1_000_000);
        }
        if (n < 1_000_000_000_000L) {
            return indonesian(n / 1_000_000_000) + " miliar" + indonesianRest(n % 1_000_000_000);
        }
        return indonesian(n / 1_000_000_000_000L) + " triliun" + indonesianRest(n % 1_000_000_000_000L);
    }

    private static String indonesianRest(long rest) {
        return rest == 0 ? "" : " " + indonesian(rest);
    }

    /** English, recursive the same way. */
    static String english(long n) {
        if (n < 20) {
            return EN_SMALL[(int) n];
        }
        if (n < 100) {
            return EN_TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + EN_SMALL[(int) (n % 10)]);
        }
        if (n < 1_000) {
            return english(n / 100) + " hundred" + englishRest(n % 100);
        }
        if (n < 1_000_000) {
            return english(n / 1_000) + " thousand" + englishRest(n % 1_000);
        }
        if (n < 1_000_000_000) {
            return english(n / 1_000_000) + " million" + englishRest(n % 1_000_000);
        }
        if (n < 1_000_000_000_000L) {
            return english(n / 1_000_000_000) + " billion" + englishRest(n % 1_000_000_000);
        }
        return english(n / 1_000_000_000_000L) + " trillion" + englishRest(n % 1_000_000_000_000L);
    }

    private static String englishRest(long rest) {
        return rest == 0 ? "" : " " + english(rest);
    }

    // ---------------------------------------------------------------- properties

    /** Any amount, with more weight on small ones and on round ones (the "se-" and zero-group cases). */
    @Provide
    Arbitrary<Long> amounts() {
        Arbitrary<Long> any = Arbitraries.longs().between(0, AmountInWords.MAX);
        Arbitrary<Long> small = Arbitraries.longs().between(0, 2_100);
        // a few non-zero digits in an otherwise zero number: 1_000_001, 11_000_000_100, ...
        Arbitrary<Long> sparse = Arbitraries.integers().between(0, 999).list().ofSize(5)
                .map(groups -> {
                    long n = 0;
                    for (int g : groups) {
                        n = n * 1_000 + (g % 3 == 0 ? g : g % 20 == 1 ? 1 : 0);
                    }
                    return n;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, any), net.jqwik.api.Tuple.of(2, small), net.jqwik.api.Tuple.of(3, sparse));
    }

    @Property(tries = 5_000)
    void indonesianMatchesTheReference(@ForAll("amounts") long amount) {
        assertThat(AmountInWords.of(amount, ID)).isEqualTo(indonesian(amount));
    }

    @Property(tries = 5_000)
    void englishMatchesTheReference(@ForAll("amounts") long amount) {
        assertThat(AmountInWords.of(amount, EN)).isEqualTo(english(amount));
    }

    @Property(tries = 2_000)
    void wellFormed_LowerCaseWordsSingleSpaced(@ForAll("amounts") long amount) {
        for (Locale locale : new Locale[] {ID, EN}) {
            String words = AmountInWords.of(amount, locale);
            assertThat(words).matches("[a-z-]+( [a-z-]+)*");
            assertThat(AmountInWords.rupiah(amount, locale)).isEqualTo(words + " rupiah");
        }
        // "nol"/"zero" only for zero itself
        assertThat(AmountInWords.of(amount, ID).contains("nol")).isEqualTo(amount == 0);
        assertThat(AmountInWords.of(amount, EN).contains("zero")).isEqualTo(amount == 0);
    }

    @Property(tries = 2_000)
    void twoAmountsNeverReadAlike(@ForAll("amounts") long a, @ForAll("amounts") long b) {
        if (a != b) {
            assertThat(AmountInWords.of(a, ID)).isNotEqualTo(AmountInWords.of(b, ID));
            assertThat(AmountInWords.of(a, EN)).isNotEqualTo(AmountInWords.of(b, EN));
        }
    }

    @Property(tries = 1_000)
    void outOfRangeIsRefused(@ForAll long amount) {
        if (!AmountInWords.writable(amount)) {
            assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.of(amount, ID));
            assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.rupiah(amount, EN));
        } else {
            assertThat(AmountInWords.of(amount, ID)).isNotBlank();
        }
    }

    // ---------------------------------------------------------------- examples, written by hand

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0                   | nol
            1                   | satu
            9                   | sembilan
            10                  | sepuluh
            11                  | sebelas
            12                  | dua belas
            19                  | sembilan belas
            20                  | dua puluh
            21                  | dua puluh satu
            99                  | sembilan puluh sembilan
            100                 | seratus
            101                 | seratus satu
            110                 | seratus sepuluh
            111                 | seratus sebelas
            200                 | dua ratus
            999                 | sembilan ratus sembilan puluh sembilan
            1000                | seribu
            1001                | seribu satu
            1100                | seribu seratus
            1111                | seribu seratus sebelas
            2000                | dua ribu
            11000               | sebelas ribu
            100000              | seratus ribu
            101000              | seratus satu ribu
            1000000             | satu juta
            1001000             | satu juta seribu
            1000001             | satu juta satu
            10000000            | sepuluh juta
            1000000000          | satu miliar
            1000000000000       | satu triliun
            1001001001001       | satu triliun satu miliar satu juta seribu satu
            124851946           | seratus dua puluh empat juta delapan ratus lima puluh satu ribu sembilan ratus empat puluh enam
            999999999999999     | sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan
            """)
    void indonesianExamples(long amount, String words) {
        assertThat(AmountInWords.of(amount, ID)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0                   | zero
            1                   | one
            10                  | ten
            11                  | eleven
            12                  | twelve
            19                  | nineteen
            20                  | twenty
            21                  | twenty-one
            100                 | one hundred
            101                 | one hundred one
            110                 | one hundred ten
            111                 | one hundred eleven
            999                 | nine hundred ninety-nine
            1000                | one thousand
            1001                | one thousand one
            1100                | one thousand one hundred
            1000000             | one million
            1001000             | one million one thousand
            1000000000          | one billion
            1000000000000       | one trillion
            124851946           | one hundred twenty-four million eight hundred fifty-one thousand nine hundred forty-six
            999999999999999     | nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine
            """)
    void englishExamples(long amount, String words) {
        assertThat(AmountInWords.of(amount, EN)).isEqualTo(words);
    }

    @Test
    void rupiahFollowsTheWords() {
        assertThat(AmountInWords.rupiah(124_851_946, ID))
                .isEqualTo("seratus dua puluh empat juta delapan ratus lima puluh satu ribu sembilan ratus empat puluh enam rupiah");
        assertThat(AmountInWords.rupiah(1_500, EN)).isEqualTo("one thousand five hundred rupiah");
        assertThat(AmountInWords.rupiah(0, ID)).isEqualTo("nol rupiah");
    }

    @Test
    void anyOtherLanguageIsIndonesian() {
        assertThat(AmountInWords.of(1_000, null)).isEqualTo("seribu");
        assertThat(AmountInWords.of(1_000, Locale.GERMAN)).isEqualTo("seribu");
        assertThat(AmountInWords.of(1_000, Locale.UK)).isEqualTo("one thousand");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -1_000, Long.MIN_VALUE, AmountInWords.MAX + 1, 1_000_000_000_000_000L, Long.MAX_VALUE})
    void outsideZeroToMaxIsRefused(long amount) {
        assertThat(AmountInWords.writable(amount)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.of(amount, ID));
        assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.of(amount, EN));
        assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.rupiah(amount, ID));
    }

    @Test
    void theLimitsAreWritable() {
        assertThat(AmountInWords.writable(0)).isTrue();
        assertThat(AmountInWords.writable(AmountInWords.MAX)).isTrue();
    }

    /** The longest words in either language fit on a 58 mm roll's 32 columns, so receipts never cut one. */
    @Test
    void everyWordFitsA58mmRow() {
        Set<String> words = new java.util.TreeSet<>();
        for (long amount : new long[] {AmountInWords.MAX, 777_777_777_777_777L, 373_373_373_373_373L, 888_888_888_888_888L}) {
            words.addAll(List.of(AmountInWords.of(amount, ID).split(" ")));
            words.addAll(List.of(AmountInWords.of(amount, EN).split(" ")));
        }
        assertThat(words).allSatisfy(w -> assertThat(w.length()).isLessThan(16));
    }
}
