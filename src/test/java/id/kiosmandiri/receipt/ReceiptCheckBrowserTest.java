package id.kiosmandiri.receipt;

import id.kiosmandiri.kiosk.QrDecoding;

import id.kiosmandiri.StoredRows;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.e2e.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone that scans a receipt's QR code: the code on the on-screen (browser-printed) receipt,
 * decoded with ZXing, opens the public check page in Chromium as genuine; a changed token does not.
 */
class ReceiptCheckBrowserTest extends BrowserTest {

    private static final Pattern PNG = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)");

    @Autowired
    ReceiptService receipts;
    @Autowired
    StoredRows stored;

    private String scannedUrl(IssuedReceipt receipt) throws Exception {
        Matcher m = PNG.matcher(new HtmlReceipt(80).fragment(receipt.document()));
        assertThat(m.find()).as("the receipt carries its QR code").isTrue();
        return QrDecoding.decode(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))));
    }

    @Test
    void theQrCodeOnAReceiptOpensTheCheckPageAsGenuine() throws Exception {
        long budi = stored.memberIdByNik(DemoLogin.BUDI.nik());
        ReceiptContent content = new ReceiptContent(ReceiptKind.BALANCE_SLIP, null, 12_345_678, "B*** S******",
                new ReceiptDocument("SALDO JHT", List.of(new ReceiptLine.Pair("Saldo JHT", "Rp 12.345.678", true)), null, null));
        IssuedReceipt receipt = receipts.issue(content, budi, "DEMO-01", null, Locale.forLanguageTag("id"));

        String url = scannedUrl(receipt);
        assertThat(url).isEqualTo(receipt.document().qrPayload()).contains("/verify/" + receipt.number() + ".");
        driver.get(url.replaceFirst("^http://localhost:\\d+", "http://localhost:" + port));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-status")));
        assertThat(byId("verify-status").getAttribute("data-valid")).isEqualTo("true");
        assertThat(byId("verify-number").getText()).isEqualTo(receipt.number());
        assertThat(byId("verify-amount").getText()).isEqualTo("Rp 12.345.678");
        assertThat(driver.getPageSource()).doesNotContain(DemoLogin.BUDI.kpj()).doesNotContain(DemoLogin.BUDI.fullName());
        screenshotBothOrientations("verify-valid");

        String changed = url.substring(0, url.length() - 2) + (url.endsWith("A") ? "BB" : "AA");
        driver.get(changed.replaceFirst("^http://localhost:\\d+", "http://localhost:" + port));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-status")));
        assertThat(byId("verify-status").getAttribute("data-valid")).isEqualTo("false");
        assertThat(driver.findElements(By.id("verify-amount"))).isEmpty();
        screenshotBothOrientations("verify-not-valid");
    }
}
