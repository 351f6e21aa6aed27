package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.receipt.EscPosDecoder;
import id.kiosmandiri.receipt.FakeEscPosPrinter;
import id.kiosmandiri.receipt.ReceiptProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * Receipts in real Chromium: the balance slip on the network thermal printer (kiosk TEST-PRINT and the
 * fake printer on its port), the printer's faults as a member meets them, a failed receipt printed
 * again from the print menu, a PDF kiosk that logs out after a print (TEST-PDF), and the browser's own
 * printing (DEMO-01), which must put the receipt, and only the receipt, on one roll-sized page.
 */
class PrintingTest extends BrowserTest {

    private static final int PRINTER_PORT = 59100;

    @Autowired
    ReceiptProperties receiptProperties;
    @Autowired
    JdbcTemplate jdbc;

    private FakeEscPosPrinter printer;

    @BeforeEach
    void printerReady() throws Exception {
        printer = FakeEscPosPrinter.startWhenFree(PRINTER_PORT, FakeEscPosPrinter.State.OK, Duration.ofSeconds(30));
    }

    @AfterEach
    void printerAway() throws Exception {
        printer.close();
    }

    private HomePage loginAt(String kiosk) {
        open("?kiosk=" + kiosk);
        return new AttractPage(driver).start().swipeCard(DemoLogin.BUDI.cardUid()).loginWithPin(DemoLogin.BUDI.pin());
    }

    @Test
    void theBalanceSlipShowsThenPrintsTheBalanceShownWithAGenuineQrCode() throws Exception {
        BalancePage balance = loginAt("TEST-PRINT").openBalance();
        String shown = balance.jhtBalance();
        screenshot("26-balance-with-print-portrait");
        ReceiptPage receipt = balance.printBalance();
        assertThat(receipt.preview()).contains("SALDO JHT").contains(shown);
        assertThat(receipt.status()).isNull();
        screenshotBothOrientations("20-receipt-preview");

        receipt.confirm().waitForStatus("printed");
        assertThat(receipt.statusText()).startsWith("Struk sudah dicetak. Silakan ambil di bawah layar.");
        assertThat(receipt.isShown("print-confirm")).as("printed once: no second Cetak").isFalse();
        String number = receipt.number();
        screenshot("24-receipt-printed-portrait");

        EscPosDecoder.Receipt paper = printer.nextConnection().receipt();
        assertThat(paper.text()).contains(shown).contains(number).doesNotContain("CETAK ULANG");
        assertThat(paper.cut()).isTrue();
        assertThat(paper.qrCodes()).hasSize(1);
        String url = paper.qrCodes().getFirst();
        assertThat(url).startsWith("http://localhost:" + port + "/verify/");
        assertThat(printer.hasConnection()).as("one print, one connection").isFalse();

        // the QR code opens the public check, which finds the receipt genuine
        driver.get(url);
        waitForVaadin();
        assertThat(byId("verify-status").getAttribute("data-valid")).isEqualTo("true");
        assertThat(byId("verify-number").getText()).contains(number);
        assertThat(byId("verify-amount").getText()).isEqualTo(shown);
    }

    @Test
    void outOfPaperSaysSoAndTryingAgainPrintsTheSameReceipt() throws Exception {
        printer.state(FakeEscPosPrinter.State.PAPER_OUT);
        ReceiptPage receipt = loginAt("TEST-PRINT").openBalance().printBalance();
        receipt.confirm().waitForStatus("failed");
        assertThat(receipt.statusText()).contains("Struk belum tercetak: kertas printer habis.")
                .contains("Struk Anda sudah tersimpan.");
        assertThat(receipt.isShown("print-retry")).isTrue();
        assertThat(receipt.isShown("print-show-on-screen")).isTrue();
        assertThat(receipt.isShown("print-cancel")).isTrue();
        String number = receipt.number();
        assertThat(printer.nextConnection().receipt().rows()).as("nothing printed on an empty roll").isEmpty();
        screenshotBothOrientations("21-receipt-failed");

        printer.state(FakeEscPosPrinter.State.OK);
        receipt.retry().waitForStatus("printed");
        EscPosDecoder.Receipt paper = printer.nextConnection().receipt();
        assertThat(paper.text()).contains(number).doesNotContain("CETAK ULANG");
    }

    @Test
    void aSilentPrinterShowsPrintingThenNoAnswerAfterItsTimeout() throws Exception {
        printer.state(FakeEscPosPrinter.State.SILENT);
        ReceiptPage receipt = loginAt("TEST-PRINT").openBalance().printBalance();
        long start = System.nanoTime();
        receipt.confirm();
        assertThat(receipt.status()).isEqualTo("printing");
        assertThat(receipt.statusText()).isEqualTo("Mencetak… Mohon tunggu.");
        assertThat(receipt.isShown("print-confirm")).isFalse();
        assertThat(driver.findElement(By.id("print-cancel")).getAttribute("disabled")).as("no way out mid-print").isNotNull();
        screenshot("25-receipt-printing-portrait");

        receipt.waitForStatus("failed");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(receipt.statusText()).contains("printer tidak menjawab");
        assertThat(took).as("the printer's 3 s, then pushed to the screen").isBetween(Duration.ofMillis(2_500), Duration.ofSeconds(10));
    }

    @Test
    void aPrinterThatIsOffFailsTheReceiptShowsOnScreenAndPrintsLaterFromTheMenu() throws Exception {
        printer.close(); // nothing listens on the printer's port: refused
        HomePage home = loginAt("TEST-PRINT");
        ReceiptPage receipt = home.openBalance().printBalance();
        receipt.confirm().waitForStatus("failed");
        assertThat(receipt.statusText()).contains("printer mati atau tidak terhubung");
        String number = receipt.number();

        receipt.showOnScreen();
        assertThat(receipt.byId("receipt-preview").getAttribute("data-size")).isEqualTo("large");
        assertThat(receipt.preview()).contains("SALDO JHT").contains(number);
        assertThat(receipt.isShown("print-show-on-screen")).isFalse();
        screenshotBothOrientations("22-receipt-on-screen");

        // every other screen still works
        BalancePage balance = HomePage.backHome(receipt).openBalance();
        assertThat(balance.jhtBalance()).startsWith("Rp ");

        printer = FakeEscPosPrinter.startWhenFree(PRINTER_PORT, FakeEscPosPrinter.State.OK, Duration.ofSeconds(30));
        PrintMenuPage menu = HomePage.backHome(balance).openPrint();
        assertThat(menu.isShown("print-again-" + number)).isTrue();
        screenshotBothOrientations("23-print-menu");
        ReceiptPage again = menu.printAgain(number);
        assertThat(again.preview()).contains(number);
        again.confirm().waitForStatus("printed");
        assertThat(printer.nextConnection().receipt().text()).contains(number).doesNotContain("CETAK ULANG");

        PrintMenuPage after = HomePage.backHome(again).openPrint();
        assertThat(after.isShown("print-again-" + number)).as("printed now: no longer offered").isFalse();
    }

    @Test
    void aPdfKioskSavesTheStatementThenLogsOut() {
        ContributionsPage contributions = loginAt("TEST-PDF").openContributions();
        String year = contributions.statementYear();
        assertThat(year).hasSize(4);
        ReceiptPage receipt = contributions.printStatement();
        assertThat(receipt.text("print-confirm")).isEqualTo("Cetak");
        receipt.confirm();
        String number = receipt.number();
        receipt.waitForStatus("printed");
        assertThat(receipt.statusText()).contains("Struk disimpan.").contains("Anda akan keluar otomatis");

        AttractPage attract = new AttractPage(driver);
        KioskPage.upTo(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("start")).isEmpty());
        assertThat(attract.text("start")).isEqualTo("Sentuh untuk mulai");
        assertThat(driver.getPageSource()).doesNotContain("Budi").doesNotContain(number);
        Path pdf = receiptProperties.pdfDir().resolve(number + ".pdf");
        assertThat(pdf).exists();
        assertThat(jdbc.queryForObject("SELECT subject FROM receipt WHERE number = ?", String.class, number)).isEqualTo(year);
        assertThat(jdbc.queryForObject("SELECT end_reason FROM kiosk_session ks JOIN receipt r ON r.session_id = ks.id "
                + "WHERE r.number = ?", String.class, number)).isEqualTo("PRINT");
    }

    @Test
    void aBrowserPrintingKioskPrintsTheReceiptAloneOnOneRollSizedPage() throws Exception {
        BalancePage balance = loginAt("DEMO-01").openBalance();
        String shown = balance.jhtBalance();
        ReceiptPage receipt = balance.printBalance();
        // headless Chromium never finishes a window.print() (a kiosk's runs with --kiosk-printing): count the
        // calls instead, and print the page to a PDF below as the browser would print it
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__prints = 0; window.print = function () { window.__prints++; };");
        receipt.confirm().waitForStatus("printed");
        assertThat(((Number) js.executeScript("return window.__prints;")).intValue()).isEqualTo(1);
        assertThat(receipt.statusText()).startsWith("Struk sudah dicetak.");
        String number = receipt.number();
        assertThat(jdbc.queryForObject("SELECT status FROM receipt WHERE number = ?", String.class, number)).isEqualTo("PRINTED");

        // what window.print() prints: the page in print media, with the page size the receipt asks for
        Map<String, Object> printed = ((ChromeDriver) driver).executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("one page: the receipt alone").isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(80 / 25.4f * 72, offset(1f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(shown).contains(number).doesNotContain("Keluar").doesNotContain("Cetak struk saldo");
        }
    }
}
