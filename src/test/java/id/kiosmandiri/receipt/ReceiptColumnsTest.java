package id.kiosmandiri.receipt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The column layout never lets a row run past the paper and never drops a character: what goes in comes
 * out, only spaces may move.
 */
class ReceiptColumnsTest {

    @Property(tries = 2000)
    void aPairFitsTheWidthAndKeepsEveryCharacter(@ForAll("receiptText") String label, @ForAll("receiptText") String value,
                                                 @ForAll("widths") int width) {
        List<String> rows = new ReceiptColumns(width).pair(label, value);

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(width));
        assertThat(nonSpace(rows)).isEqualTo(nonSpace(label + value));
    }

    @Property(tries = 2000)
    void anyTextAtAll_FitsAndKeepsEveryCharacterOfItsPrintableForm(@ForAll String label, @ForAll String value,
                                                                   @ForAll @IntRange(min = 1, max = 64) int width) {
        ReceiptColumns columns = new ReceiptColumns(width);
        List<String> pairRows = columns.pair(label, value);
        List<String> textRows = columns.wrap(label);

        assertThat(pairRows).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(width))
                .allSatisfy(row -> assertThat(row.chars()).allMatch(PrintableText::isPrintableAscii));
        assertThat(textRows).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(width));
        assertThat(nonSpace(pairRows)).isEqualTo(nonSpace(PrintableText.of(label) + PrintableText.of(value)));
        assertThat(nonSpace(textRows)).isEqualTo(nonSpace(PrintableText.of(label)));
    }

    @Property(tries = 1000)
    void textWrapsWithinTheWidthAndNeverSplitsAWordThatFits(@ForAll("receiptText") String text, @ForAll("widths") int width) {
        List<String> rows = new ReceiptColumns(width).wrap(text);

        assertThat(rows).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(width));
        assertThat(nonSpace(rows)).isEqualTo(nonSpace(text));
        // a word that fits the width is never split
        List<String> words = List.of(text.strip().split(" +"));
        words.stream().filter(word -> !word.isEmpty() && word.length() <= width)
                .forEach(word -> assertThat(rows).anySatisfy(row -> assertThat(row.split(" ")).contains(word)));
    }

    @Property
    void printableAsciiPassesUnchanged(@ForAll("receiptText") String text) {
        assertThat(PrintableText.of(text)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> receiptText() {
        // printable ASCII with runs of spaces and words from short to longer than any paper
        return Arbitraries.strings().withChars(' ', ' ', ' ').withCharRange('!', '~').ofMaxLength(150);
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.oneOf(Arbitraries.of(ReceiptColumns.COLUMNS_80_MM, ReceiptColumns.COLUMNS_58_MM),
                Arbitraries.integers().between(1, 64));
    }

    @Test
    void aPairThatFitsIsOneRowWithTheValueFlushRight() {
        assertThat(new ReceiptColumns(32).pair("Saldo JHT", "Rp 12.345.678"))
                .containsExactly("Saldo JHT          Rp 12.345.678");
        assertThat(new ReceiptColumns(15).pair("Saldo", "Rp 12.345")).containsExactly("Saldo Rp 12.345");
    }

    @Test
    void aPairThatDoesNotFitPutsTheValueRightAlignedUnderTheWrappedLabel() {
        assertThat(new ReceiptColumns(32).pair("Hasil pengembangan tahun ini (perkiraan)", "Rp 987.654"))
                .containsExactly(
                        "Hasil pengembangan tahun ini",
                        "(perkiraan)",
                        "                      Rp 987.654");
    }

    @Test
    void aValueLongerThanThePaperIsWrappedNotCut() {
        List<String> rows = new ReceiptColumns(16).pair("Total", "Rp 123.456.789.012.345.678.901");

        assertThat(rows).containsExactly(
                "Total",
                "              Rp",
                "123.456.789.012.",
                "     345.678.901");
    }

    @Test
    void separatorSpansTheWidthAndHeadingIsBold() {
        ReceiptColumns columns = new ReceiptColumns(ReceiptColumns.COLUMNS_80_MM);

        assertThat(columns.rows(new ReceiptLine.Separator())).containsExactly(ReceiptRow.normal("-".repeat(48)));
        assertThat(columns.rows(new ReceiptLine.Heading("Rincian"))).containsExactly(new ReceiptRow("Rincian", ReceiptRow.Style.BOLD));
        assertThat(columns.rows(new ReceiptLine.Pair("Saldo", "Rp 1", true))).extracting(ReceiptRow::style)
                .containsExactly(ReceiptRow.Style.BOLD);
        assertThat(columns.rows(new ReceiptLine.Blank())).containsExactly(ReceiptRow.normal(""));
    }

    @Test
    void lineBreaksInTextStartNewRows() {
        assertThat(new ReceiptColumns(48).wrap("No. 123\nBukan bukti pembayaran.")).containsExactly("No. 123", "Bukan bukti pembayaran.");
    }

    @Test
    void columnsForTheTwoRollWidthsAndNoOther() {
        assertThat(ReceiptColumns.columnsFor(80)).isEqualTo(48);
        assertThat(ReceiptColumns.columnsFor(58)).isEqualTo(32);
        assertThatIllegalArgumentException().isThrownBy(() -> ReceiptColumns.columnsFor(76))
                .withMessage("paper width must be 80 or 58 mm, was 76 mm");
    }

    @Test
    void textBecomesPrintableAscii() {
        assertThat(PrintableText.of("José Müller–Łukasz “Ñoño” straße")).isEqualTo("Jose Muller-Lukasz \"Nono\" strasse");
        assertThat(PrintableText.of("a\u001B@b\u001DV\u0000c")).isEqualTo("a @b V c"); // no printer command gets through
        assertThat(PrintableText.of("Rp\u00A01.000 😀")).isEqualTo("Rp 1.000 ?");
    }

    private static String nonSpace(List<String> rows) {
        return nonSpace(String.join("", rows));
    }

    private static String nonSpace(String text) {
        return text.replace(" ", "");
    }
}
