package id.kiosmandiri.receipt;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns any text into printable ASCII, the one character set that a thermal printer's default code
 * page, the PDF standard fonts and every browser show alike: accents are dropped ("é" becomes "e"),
 * a few common letters and punctuation are spelled out, control characters become spaces (so no
 * text can smuggle a printer command), and anything else becomes '?'. Printable ASCII passes
 * unchanged.
 */
final class PrintableText {

    private static final Map<Integer, String> SPELLED_OUT = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "O"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "Th"),
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '‚', "'"), Map.entry((int) '′', "'"),
            Map.entry((int) '“', "\""), Map.entry((int) '”', "\""), Map.entry((int) '„', "\""), Map.entry((int) '″', "\""),
            Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"), Map.entry((int) '‒', "-"), Map.entry((int) '–', "-"),
            Map.entry((int) '—', "-"), Map.entry((int) '−', "-"), Map.entry((int) '…', "..."), Map.entry((int) '•', "*"),
            Map.entry((int) '×', "x"));

    private PrintableText() {
    }

    /** The text in printable ASCII (0x20 to 0x7E); {@code null} gives "". */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().allMatch(PrintableText::isPrintableAscii)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder printable = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (isPrintableAscii(c)) {
                printable.append((char) c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                // the accent of a decomposed letter: keep the base letter only
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                printable.append(' ');
            } else {
                printable.append(SPELLED_OUT.getOrDefault(c, "?"));
            }
        });
        return printable.toString();
    }

    static boolean isPrintableAscii(int c) {
        return c >= 0x20 && c < 0x7F;
    }
}
