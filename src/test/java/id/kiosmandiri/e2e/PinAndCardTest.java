package id.kiosmandiri.e2e;

import id.kiosmandiri.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of this test's own, in real Chromium: the digital card with its QR code, then a new PIN
 * (one refused on the way), then a login with the new PIN.
 */
class PinAndCardTest extends BrowserTest {

    private static final String NIK = "3471051505903041";
    private static final String KPJ = TestData.KPJ_PREFIX + "823041";
    private static final String NEW_PIN = "482913";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;

    @BeforeEach
    void testMember() {
        data = new TestData(jdbc, clock);
        data.loginMember(NIK, KPJ, "1999982341", "Uji Jalur Kartu");
    }

    @AfterEach
    void removeTestMember() {
        data.deleteAll();
    }

    private HomePage loginByKpj(String pin) {
        open("");
        return new AttractPage(driver).start().chooseKpj().typeOnKeypad(KPJ).confirmNumber().loginWithPin(pin);
    }

    @Test
    void digitalCardThenANewPinThatLogsIn() {
        HomePage home = loginByKpj(TestData.PIN);
        home.click("menu-card");
        WebElement card = home.byId("digital-card");
        assertThat(card.getText()).contains("BPJS Ketenagakerjaan").contains("Uji Jalur Kartu").contains("3041").doesNotContain(KPJ);
        WebElement qr = home.byId("card-qr");
        assertThat(qr.getTagName()).isEqualTo("img");
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.getElementById('card-qr').naturalWidth;")).intValue() > 100);
        assertThat(driver.getPageSource()).doesNotContain(KPJ);
        screenshotBothOrientations("pin-card-01-digital-card");

        HomePage.backHome(home).click("menu-pin");
        PinPage pin = new PinPage(driver);
        pin.byId("pin-display");
        pin.enter(TestData.PIN);
        assertThat(pin.step()).startsWith("Langkah 2 dari 3");
        pin.enter("123456");
        assertThat(pin.error()).contains("berurutan");
        screenshot("pin-card-02-pin-refused-portrait"); // one orientation: the login's PIN step shows the same layout in both
        pin.enter(NEW_PIN);
        assertThat(pin.step()).startsWith("Langkah 3 dari 3");
        pin.enter(NEW_PIN);
        assertThat(pin.text("pin-changed")).contains("PIN Anda sudah diganti").contains("jangan beri tahu siapa pun");
        screenshotBothOrientations("pin-card-03-pin-changed");
        pin.logout();

        HomePage again = loginByKpj(NEW_PIN);
        assertThat(again.greeting()).contains("Uji");
        again.logout();
    }
}
