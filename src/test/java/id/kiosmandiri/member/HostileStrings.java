package id.kiosmandiri.member;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Strings a card reader, a tampered browser or a fuzzer might send in place of a number: letters,
 * other scripts' digits, control characters, emoji, markup, 0 to 500 characters, and near misses
 * (ASCII digits of a wrong length, or with one character changed).
 */
public final class HostileStrings {

    /** Digits that {@code Character.isDigit} accepts but no NIK contains: Arabic-Indic, Devanagari, fullwidth, Thai. */
    static final String OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९０１２３４５６７８９๐๑๒๓๔๕๖๗๘๙";

    private HostileStrings() {
    }

    public static Arbitrary<String> any() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(500);
        Arbitrary<String> otherDigits = Arbitraries.strings().withChars(OTHER_DIGITS + "0123456789").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars("0123456789\u007f\u200b\u202e")
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> letters = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> emoji = Arbitraries.of("😀", "👍🏽", "🇮🇩", "💳", "1️⃣", "\uD83D").list().ofMinSize(1).ofMaxSize(16)
                .map(l -> String.join("", l));
        Arbitrary<String> asciiDigitsAnyLength = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(500);
        Arbitrary<String> markup = Arbitraries.of("<script>alert(1)</script>", "<b>0004512345</b>", "' OR '1'='1",
                "0004512345\n", " 0004512345", "0004512345 ", "+62812", "-1", "1e10", "0x1F", "%00", "\\0");
        Arbitrary<String> nearMiss = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(16)
                .flatMap(digits -> Arbitraries.integers().between(0, digits.length() - 1)
                        .flatMap(at -> Arbitraries.of(OTHER_DIGITS.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                                .map(other -> digits.substring(0, at) + other + digits.substring(at + 1))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, anyUnicode),
                net.jqwik.api.Tuple.of(2, otherDigits),
                net.jqwik.api.Tuple.of(1, control),
                net.jqwik.api.Tuple.of(1, letters),
                net.jqwik.api.Tuple.of(1, emoji),
                net.jqwik.api.Tuple.of(2, asciiDigitsAnyLength),
                net.jqwik.api.Tuple.of(1, markup),
                net.jqwik.api.Tuple.of(2, nearMiss));
    }
}
