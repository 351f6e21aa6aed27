package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.demo.DemoStaffLogin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff fleet page lives: branch staff watch it in one Chromium (landscape, a staff PC) while a
 * member uses a kiosk of their branch in another (portrait, the kiosk). Without a reload, the
 * kiosk's row turns "in use" when the member logs in and "ready" when they log out, and today's
 * sessions go up by one; the analytics page then counts that session too.
 */
class StaffFleetLiveTest extends BrowserTest {

    private static final String KIOSK = "TEST-SCREEN";

    /** Read in the page in one step: the row is replaced whenever the page is pushed a refresh. */
    private String state(WebDriver staff) {
        return (String) ((JavascriptExecutor) staff).executeScript(
                "const row = document.getElementById(arguments[0]); return row ? row.getAttribute('data-state') : null;", "kiosk-" + KIOSK);
    }

    private long sessionsToday(WebDriver staff) {
        Object text = ((JavascriptExecutor) staff).executeScript(
                "const row = document.getElementById(arguments[0]); "
                        + "return row ? row.querySelector('[data-column=sessions-today]').textContent : null;",
                "kiosk-" + KIOSK);
        return Long.parseLong(String.valueOf(text).trim());
    }

    private long analyticsSessions() {
        open("staff/analytics");
        return Long.parseLong(byId("analytics-sessions").getText().replaceAll("[^0-9]", ""));
    }

    @Test
    void aMemberSessionShowsInTheFleetAsItHappensAndThenInTheAnalytics() {
        resizeViewport(driver, LANDSCAPE);
        recordCspViolations(driver);
        open("staff/login");
        new StaffLoginPage(driver).loginAs(DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
        long analyticsBefore = analyticsSessions();
        open("staff");
        byId("kiosk-" + KIOSK);
        assertThat(cspViolations(driver)).as("the fleet page under the Content-Security-Policy").isEmpty();
        long before = sessionsToday(driver);

        ChromeDriver kiosk = newChrome(PORTRAIT);
        try {
            kiosk.get(url("?kiosk=" + KIOSK));
            HomePage home = new AttractPage(kiosk).start().swipeCard(DemoLogin.BUDI.cardUid()).loginWithPin(DemoLogin.BUDI.pin());

            // pushed to the staff page: no reload, no click
            KioskPage.upTo(driver, Duration.ofSeconds(10)).until(d -> "member".equals(state(d)));
            assertThat((String) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById(arguments[0]).textContent;", "kiosk-" + KIOSK))
                    .contains("Dipakai anggota").as("never who").doesNotContain("Budi");
            assertThat(sessionsToday(driver)).isEqualTo(before + 1);
            screenshot("staff-fleet-live-landscape");

            home.logout();
            KioskPage.upTo(driver, Duration.ofSeconds(10)).until(d -> "attract".equals(state(d)));
        } finally {
            kiosk.quit();
        }
        assertThat(sessionsToday(driver)).isEqualTo(before + 1);
        assertThat(analyticsSessions()).as("the session counts in today's analytics").isEqualTo(analyticsBefore + 1);
        assertThat(cspViolations(driver)).as("the analytics page (and its charts) under the Content-Security-Policy").isEmpty();
        screenshot("staff-analytics-landscape");
    }
}
