package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoStaffLogin;
import org.junit.jupiter.api.AfterEach;
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
 * "Panggil petugas" end to end: branch staff watch their help queue in one Chromium (landscape, a
 * staff PC) while someone who cannot log in asks for help at a kiosk of their branch in another
 * (portrait, the kiosk). The request shows up on the staff page without a reload; taking it tells
 * the kiosk that a staff member is on the way; done or cancelled, it leaves the queue.
 */
class HelpQueueTest extends BrowserTest {

    private static final String KIOSK = "TEST-SCREEN";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noOpenRequestLeft() {
        jdbc.update("DELETE FROM assistance_request WHERE kiosk_id = ? AND status IN ('WAITING', 'TAKEN')", KIOSK);
    }

    /** Read in the page in one step: the table is replaced whenever the page is pushed a refresh. */
    private String rowStatus(String queueNumber) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const row = document.getElementById(arguments[0]); return row ? row.getAttribute('data-status') : null;",
                "request-" + queueNumber);
    }

    /**
     * Clicks a button of the row until the row's status changes: a row replaced by a pushed refresh
     * between finding the button and the click takes the click on its old, detached button, which the
     * server rightly ignores; the staff member would simply click again.
     */
    private void clickInRow(String queueNumber, String buttonId) {
        String before = rowStatus(queueNumber);
        wait.until(d -> {
            if (!java.util.Objects.equals(before, rowStatus(queueNumber))) {
                return true;
            }
            d.findElement(By.id("request-" + queueNumber)).findElement(By.id(buttonId)).click();
            waitForVaadin();
            return !java.util.Objects.equals(before, rowStatus(queueNumber));
        });
    }

    @Test
    void aCallForHelpReachesTheStaffLiveAndLeavesTheQueueWhenDoneOrCancelled() {
        resizeViewport(driver, LANDSCAPE);
        open("staff/login");
        new StaffLoginPage(driver).loginAs(DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
        open("staff/help");
        byId("help-queue");

        ChromeDriver kiosk = newChrome(PORTRAIT);
        try {
            kiosk.get(url("?kiosk=" + KIOSK));
            LoginPage login = new AttractPage(kiosk).start();
            login.byId("login-help");
            screenshot(kiosk, "login-help-portrait");
            HelpPage help = HelpPage.fromLogin(login);
            help.openAnswer("card-merge");
            screenshotBothOrientations(kiosk, "help-answer");
            help.back();
            String number = help.callStaffAbout("pin");
            assertThat(number).matches("\\d+");
            screenshotBothOrientations(kiosk, "help-queue-number");

            // pushed to the staff page: no reload, no click
            KioskPage.upTo(driver, Duration.ofSeconds(10)).until(d -> "waiting".equals(rowStatus(number)));
            assertThat(byId("request-" + number).getText()).contains("Kios Uji Layar").contains("Lupa PIN").contains("—");
            screenshot("staff-help-queue-landscape");

            clickInRow(number, "request-take");
            wait.until(d -> "taken".equals(rowStatus(number)));
            // and pushed to the kiosk: someone is coming
            KioskPage.upTo(kiosk, Duration.ofSeconds(10)).until(d -> "taken".equals(help.queueStatus()));
            assertThat(help.text("queue-status")).isEqualTo("Petugas sedang menuju ke kios ini.");
            clickInRow(number, "request-done");
            wait.until(d -> rowStatus(number) == null);

            help.back();
            String second = help.callStaffAbout("other");
            KioskPage.upTo(driver, Duration.ofSeconds(10)).until(d -> "waiting".equals(rowStatus(second)));
            help.cancel();
            KioskPage.upTo(driver, Duration.ofSeconds(10)).until(d -> rowStatus(second) == null);

            help.toggleLanguage();
            help.byId("help-contacts");
            assertThat(help.text("help-call-staff")).isEqualTo("Call a staff member");
            screenshot(kiosk, "help-main-en-portrait");
        } finally {
            kiosk.quit();
        }
    }

}
