package id.kiosmandiri.e2e;

import id.kiosmandiri.EnrolmentSwitch;
import id.kiosmandiri.demo.DemoStaffLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Device trust end to end, with enrolment required as in production: a browser nobody enrolled says
 * "Kios belum terdaftar" and cannot start a login, whatever {@code ?kiosk=} it claims; branch staff make
 * a code on the fleet page (landscape, a staff PC), the kiosk's browser (portrait) types it at
 * {@code /enrol} and serves members; a wrong code is refused plainly; after staff revoke it, the kiosk
 * is not enrolled any more.
 */
class KioskEnrolmentTest extends BrowserTest {

    private static final String KIOSK = "TEST-SCREEN"; // of JKTSALEMBA

    @Autowired
    EnrolmentSwitch enrolment;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void requireEnrolment() {
        enrolment.require(true);
    }

    @AfterEach
    void back() {
        enrolment.require(false);
        jdbc.update("DELETE FROM kiosk_device WHERE kiosk_id = ?", KIOSK);
        jdbc.update("DELETE FROM kiosk_enrolment_code WHERE kiosk_id = ?", KIOSK);
        jdbc.update("DELETE FROM kiosk_enrolment_failure");
    }

    private boolean shown(WebDriver browser, String id) {
        return !browser.findElements(By.id(id)).isEmpty() && browser.findElement(By.id(id)).isDisplayed();
    }

    private void notEnrolledScreen(String path) {
        open(path);
        KioskPage.upTo(driver, Duration.ofSeconds(10)).until(d -> shown(d, "kiosk-not-enrolled"));
        assertThat(shown(driver, "start")).as("no login can start").isFalse();
        assertThat(byId("kiosk-not-enrolled").getText()).contains("Kios belum terdaftar");
        assertThat(shown(driver, "demo-notice")).as("enrolment is required: no demo notice").isFalse();
    }

    @Test
    void theDemoWithoutEnrolmentSaysSoInSmallPrint() {
        enrolment.require(false);
        open("?kiosk=" + KIOSK);
        assertThat(byId("demo-notice").getText()).contains("Demo").contains("?kiosk=");
        assertThat(byId("start").isDisplayed()).isTrue();
        assertThat(shown(driver, "kiosk-not-enrolled")).isFalse();
    }

    @Test
    void staffEnrolAKioskWithAOneTimeCodeAndRevokeIt() {
        notEnrolledScreen("?kiosk=" + KIOSK);
        notEnrolledScreen("login?kiosk=" + KIOSK);
        screenshot("kiosk-not-enrolled-portrait");

        ChromeDriver staff = newChrome(LANDSCAPE);
        try {
            staff.get(url("staff/login"));
            new StaffLoginPage(staff).loginAs(DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
            staff.get(url("staff"));
            KioskPage.waitForVaadin(KioskPage.upTo(staff, Duration.ofSeconds(20)));
            // the fleet page may be replaced by a pushed refresh under the click: a click on the old button is
            // rightly ignored, so staff (and the test) touch again until the code shows
            String code = KioskPage.upTo(staff, Duration.ofSeconds(20)).until(d -> {
                d.findElement(By.id("enrol-" + KIOSK)).click();
                KioskPage.waitForVaadin(KioskPage.upTo(d, Duration.ofSeconds(10)));
                Object value = ((JavascriptExecutor) d).executeScript(
                        "const p = document.getElementById('enrol-code'); return p ? p.getAttribute('data-code') : null;");
                return value == null ? null : value.toString();
            });
            assertThat(code).matches("[0-9]{8}");
            assertThat(staff.findElement(By.id("enrol-code")).getText()).contains(KIOSK).contains(code.substring(0, 4) + " " + code.substring(4));

            // a wrong code first: refused, nothing enrolled
            open("enrol");
            EnrolPage enrol = new EnrolPage(driver);
            enrol.enter(code.equals("11111111") ? "22222222" : "11111111");
            assertThat(enrol.error()).contains("Kode tidak berlaku");
            assertThat(shown(driver, "start")).isFalse();
            screenshot("kiosk-enrol-wrong-code-portrait");

            enrol.enter(code);
            AttractPage attract = new AttractPage(driver);
            assertThat(attract.text("branch-name")).isNotBlank();
            assertThat(driver.manage().getCookieNamed("kiosk-device")).satisfies(cookie -> {
                assertThat(cookie.isHttpOnly()).isTrue();
                assertThat(cookie.getSameSite()).isEqualTo("Strict");
            });
            attract.start(); // the login screen: an enrolled kiosk serves members
            assertThat(shown(driver, "login-by-kpj")).isTrue();

            staff.navigate().refresh();
            KioskPage.waitForVaadin(KioskPage.upTo(staff, Duration.ofSeconds(20)));
            assertThat(staff.findElement(By.cssSelector("#kiosk-" + KIOSK + " [data-enrolled]")).getAttribute("data-enrolled")).isEqualTo("true");
            // revoking asks once more; touched again whenever a pushed refresh replaced the button meanwhile
            KioskPage.upTo(staff, Duration.ofSeconds(20)).until(d -> {
                boolean asked = "confirm".equals(d.findElement(By.id("revoke-" + KIOSK)).getAttribute("data-step"));
                d.findElement(By.id("revoke-" + KIOSK)).click();
                KioskPage.waitForVaadin(KioskPage.upTo(d, Duration.ofSeconds(10)));
                return asked && d.findElement(By.id("enrol-code")).getText().contains("dicabut");
            });
        } finally {
            staff.quit();
        }
        notEnrolledScreen("?kiosk=" + KIOSK);
    }
}
