package id.kiosmandiri.receipt;

import id.kiosmandiri.kiosk.QrDecoding;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfReceiptWriterTest {

    private static final float MM = 72f / 25.4f;

    @Test
    void anEightyMillimetrePageWithTheTitleAmountsAndAReadableQrCode() throws IOException {
        byte[] pdf = new PdfReceiptWriter(80).bytes(SampleReceipts.balance("Siti Rahayu"));
        keep(pdf, "balance-80mm.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(226.77f, within(0.01f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SALDO JHT", "Siti Rahayu", "No. JHT-2026-000123", "Bukan bukti pembayaran.");
            SampleReceipts.AMOUNTS.forEach(amount -> assertThat(text).contains(amount));
            assertThat(text).doesNotContain(SampleReceipts.REPRINT_LABEL);
            assertThat(QrDecoding.decode(render(document))).isEqualTo(SampleReceipts.URL);
        }
    }

    @Test
    void aFiftyEightMillimetreReprintShowsItsMarker() throws IOException {
        byte[] pdf = new PdfReceiptWriter(58).bytes(SampleReceipts.balance("Siti Rahayu").asReprint(SampleReceipts.REPRINT_LABEL));
        keep(pdf, "balance-58mm-reprint.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(58 * MM, within(0.01f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(SampleReceipts.REPRINT_LABEL, "SALDO JHT");
            SampleReceipts.AMOUNTS.forEach(amount -> assertThat(text).contains(amount));
            assertThat(QrDecoding.decode(render(document))).isEqualTo(SampleReceipts.URL);
        }
    }

    @Test
    void aLongReceiptIsOneLongPageWithNothingCutOff() throws IOException {
        List<ReceiptLine> lines = new ArrayList<>();
        for (int month = 1; month <= 240; month++) {
            lines.add(new ReceiptLine.Pair("Iuran bulan ke-" + month, "Rp " + month + ".000"));
        }
        byte[] pdf = new PdfReceiptWriter(80).bytes(new ReceiptDocument("RIWAYAT IURAN", lines, null, "Akhir"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(document.getPage(0).getMediaBox().getHeight()).as("longer than an A4 sheet").isGreaterThan(842);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("RIWAYAT IURAN", "Iuran bulan ke-1 ", "Rp 1.000", "Iuran bulan ke-240", "Rp 240.000", "Akhir");
        }
    }

    private static BufferedImage render(PDDocument document) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
    }

    /** For a person to look at: target/receipts/. */
    private static void keep(byte[] pdf, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/receipts"));
        Files.write(folder.resolve(name), pdf);
    }
}
