package id.kiosmandiri.receipt;

import id.kiosmandiri.kiosk.QrDecoding;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HtmlReceiptTest {

    private static final String PNG_DATA_URI = "data:image/png;base64,";

    @Test
    void aNameIsTextNeverMarkup() {
        String html = new HtmlReceipt(80).fragment(SampleReceipts.balance("<script>alert('x')</script> & \"Budi\""));

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Budi&quot;");
        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("script")).isEmpty();
        assertThat(parsed.text()).contains("<script>alert('x')</script> & \"Budi\"");
    }

    @Test
    void theRowsAreThePapersRowsAndTheQrCodeReadsAsTheUrl() throws IOException {
        HtmlReceipt renderer = new HtmlReceipt(80);
        String html = renderer.fragment(SampleReceipts.balance("Siti Rahayu"));
        keep(renderer, html, "balance-80mm.html");

        Element receipt = Jsoup.parseBodyFragment(html).selectFirst("div.receipt");
        assertThat(receipt).isNotNull();
        assertThat(receipt.attr("data-paper")).isEqualTo("80");
        assertThat(receipt.select(".receipt-row")).allSatisfy(row -> assertThat(row.wholeText().length()).isLessThanOrEqualTo(48));
        assertThat(receipt.select(".receipt-row").eachText()).contains("Saldo JHT Rp 14.567.899"); // eachText() collapses the padding
        assertThat(receipt.select(".receipt-bold").eachText()).contains("Saldo JHT Rp 14.567.899", "Rincian saldo");
        assertThat(receipt.select(".receipt-title").text()).isEqualTo("SALDO JHT");
        assertThat(receipt.select(".receipt-reprint")).isEmpty();
        SampleReceipts.AMOUNTS.forEach(amount -> assertThat(receipt.text()).contains(amount));

        String src = receipt.selectFirst(".receipt-qr img").attr("src");
        assertThat(src).startsWith(PNG_DATA_URI);
        byte[] png = Base64.getDecoder().decode(src.substring(PNG_DATA_URI.length()));
        assertThat(QrDecoding.decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(SampleReceipts.URL);
    }

    @Test
    void eachRowKeepsThePrintedTextAndSaysItsShapeSoLargeTextCanReflowIt() {
        ReceiptDocument document = new ReceiptDocument("SALDO JHT", List.of(
                new ReceiptLine.Pair("Saldo JHT", "Rp 14.567.899", true),
                new ReceiptLine.Separator(),
                new ReceiptLine.Pair("Iuran yang dibayar pemberi kerja untuk bulan ini dan bulan lalu", "Rp 1.234")),
                null, "Simpan struk ini");
        ReceiptLayout layout = ReceiptLayout.of(document, 80);
        Element receipt = Jsoup.parseBodyFragment(new HtmlReceipt(80).fragment(document)).selectFirst("div.receipt");

        List<String> printed = java.util.stream.Stream.concat(layout.top().stream(), layout.bottom().stream()).map(ReceiptRow::text).toList();
        assertThat(receipt.select(".receipt-row").stream().map(Element::wholeText).toList()).isEqualTo(printed);

        Element pair = receipt.selectFirst(".receipt-pair");
        assertThat(pair.children().stream().map(Element::text).toList()).containsExactly("Saldo JHT", "", "Rp 14.567.899");
        assertThat(receipt.select(".receipt-rule")).hasSize(1);
        assertThat(receipt.select(".receipt-right").text()).isEqualTo("Rp 1.234"); // under a label that took the whole row
        assertThat(receipt.select(".receipt-centre").eachText()).containsExactly("SALDO JHT", "Simpan struk ini");
    }

    @Test
    void aReprintHasItsMarkerAndFiftyEightMillimetresThirtyTwoColumns() throws IOException {
        HtmlReceipt renderer = new HtmlReceipt(58);
        String html = renderer.fragment(SampleReceipts.balance("Siti Rahayu").asReprint(SampleReceipts.REPRINT_LABEL));
        keep(renderer, html, "balance-58mm-reprint.html");

        Element receipt = Jsoup.parseBodyFragment(html).selectFirst("div.receipt");
        assertThat(receipt.attr("data-paper")).isEqualTo("58");
        assertThat(receipt.select(".receipt-reprint").text()).isEqualTo(SampleReceipts.REPRINT_LABEL);
        assertThat(receipt.select(".receipt-row")).allSatisfy(row -> assertThat(row.wholeText().length()).isLessThanOrEqualTo(32));
    }

    @Test
    void printedFromTheBrowserThePageIsAsWideAsTheRollAndAsLongAsTheReceipt() {
        ReceiptDocument shortOne = new ReceiptDocument("SALDO JHT", List.of(new ReceiptLine.Pair("Saldo JHT", "Rp 1")), null, "");
        ReceiptDocument longOne = SampleReceipts.balance("Siti Rahayu");

        assertThat(pageSize(new HtmlReceipt(80).fragment(shortOne))).isEqualTo("80mm 23.5mm"); // 4 + title 2 rows + blank + pair (3.125 each) + 4, and 3 to spare
        assertThat(pageSize(new HtmlReceipt(80).fragment(longOne))).startsWith("80mm ");
        assertThat(pageSize(new HtmlReceipt(58).fragment(longOne))).startsWith("58mm ");
        assertThat(new HtmlReceipt(80).css()).contains("width: 72mm", "font-size: 2.5mm");
        assertThat(new HtmlReceipt(58).css()).contains("width: 48mm", "font-size: 2.5mm");
        assertThatIllegalArgumentException().isThrownBy(() -> new HtmlReceipt(76));
    }

    private static String pageSize(String fragment) {
        Matcher size = Pattern.compile("@page \\{ size: ([^;]+); margin: 0; }").matcher(fragment);
        assertThat(size.find()).as("an @page rule in " + fragment).isTrue();
        return size.group(1);
    }

    /** A page with the fragment and its style sheet, for a person (or Chromium) to look at: target/receipts/. */
    private static void keep(HtmlReceipt renderer, String fragment, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/receipts"));
        Files.writeString(folder.resolve(name), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>\n"
                + renderer.css() + "</style></head><body>\n" + fragment + "</body></html>\n");
    }
}
