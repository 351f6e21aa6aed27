package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.StoredRows;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared kiosk leaves nothing for the next person. The test kiosk TEST-IDLE logs out after
 * 6 s without input and warns 3 s before.
 */
class IdleLogoutTest extends BrowserTest {

    @Autowired
    StoredRows stored;

    private HomePage loginAtIdleKiosk(DemoLogin who) {
        open("?kiosk=TEST-IDLE");
        return new AttractPage(driver).start().swipeCard(who.cardUid()).loginWithPin(who.pin());
    }

    private StoredRows.StoredSession latestSessionOf(DemoLogin who) {
        return stored.latestSession(stored.memberIdByNik(who.nik()));
    }

    @Test
    void theWarningAppearsAndContinueKeepsTheSession() {
        HomePage home = loginAtIdleKiosk(DemoLogin.BUDI);
        long loggedInAt = System.nanoTime();
        WebDriverWait upToTenSeconds = KioskPage.upTo(driver, Duration.ofSeconds(10));
        upToTenSeconds.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
        assertThat(home.text("idle-warning")).contains("Masih di sana?");
        assertThat(home.text("idle-countdown")).matches("[1-3]");
        screenshotBothOrientations("11-idle-warning");
        home.click("idle-continue");
        upToTenSeconds.until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle-warning")));
        // past the moment the first timeout would have ended it, the member is still there
        upToTenSeconds.until(d -> System.nanoTime() - loggedInAt > 7_000_000_000L);
        assertThat(home.greeting()).contains("Budi");
        assertThat(latestSessionOf(DemoLogin.BUDI).endedAt()).isNull();
        // idle again by now: the warning may be back, or come back this very moment (it is due
        // 3 s after the last touch); a touch on it continues, then Keluar
        for (int attempt = 0; ; attempt++) {
            if (home.isShown("idle-warning")) {
                home.click("idle-continue");
            }
            try {
                home.logout();
                break;
            } catch (org.openqa.selenium.ElementClickInterceptedException warningCameBack) {
                if (attempt == 2) {
                    throw warningCameBack;
                }
            }
        }
    }

    @Test
    void withoutInputTheKioskReturnsToTheAttractScreenAndRecordsIdle() {
        loginAtIdleKiosk(DemoLogin.SITI);
        KioskPage.upTo(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
        assertThat(driver.getPageSource()).doesNotContain("Siti").doesNotContain(DemoLogin.SITI.kpj());
        StoredRows.StoredSession ended = latestSessionOf(DemoLogin.SITI);
        assertThat(ended.endReason()).isEqualTo(SessionEndReason.IDLE);
        assertThat(ended.kioskId()).isEqualTo("TEST-IDLE");
        assertThat(ended.durationMs()).isBetween(5_000L, 30_000L);
    }

    @Test
    void aNumberHalfTypedOnTheLoginScreenIsNotLeftForTheNextPerson() {
        open("?kiosk=TEST-IDLE");
        LoginPage login = new AttractPage(driver).start().chooseNik().typeOnKeypad("3171");
        assertThat(login.text("id-display")).isEqualTo("3171");
        KioskPage.upTo(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
        assertThat(driver.findElements(By.id("id-display"))).isEmpty();
    }

    @Test
    void afterLogoutBackAndReloadShowNothingOfTheMember() {
        open("");
        HomePage home = new AttractPage(driver).start().chooseNik().typeOnKeypad(DemoLogin.HENDRA.nik()).confirmNumber()
                .loginWithPin(DemoLogin.HENDRA.pin());
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        BalancePage balance = home.openBalance();
        String amount = balance.jhtBalance();
        balance.logout();
        assertThat(latestSessionOf(DemoLogin.HENDRA).endReason()).isEqualTo(SessionEndReason.LOGOUT);

        driver.navigate().back();
        new AttractPage(driver).byId("start");
        assertNothingOfHendra(amount);
        driver.navigate().refresh();
        new AttractPage(driver).byId("start");
        assertNothingOfHendra(amount);
        driver.navigate().forward();
        new AttractPage(driver).byId("start");
        assertNothingOfHendra(amount);

        // the next member starts with a new session id
        HomePage next = new AttractPage(driver).start().swipeCard(DemoLogin.BUDI.cardUid()).loginWithPin(DemoLogin.BUDI.pin());
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(sessionBefore);
        next.logout();
    }

    private void assertNothingOfHendra(String amount) {
        String source = driver.getPageSource();
        String storage = String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return JSON.stringify(localStorage) + JSON.stringify(sessionStorage);"));
        for (String secret : new String[]{"Hendra", DemoLogin.HENDRA.nik(), DemoLogin.HENDRA.kpj(), amount}) {
            assertThat(source).doesNotContain(secret);
            assertThat(storage).doesNotContain(secret);
            assertThat(driver.getCurrentUrl()).doesNotContain(secret);
        }
    }

    /** Its own Chromium: it takes the browser's network offline. */
    @Test
    @FreshBrowser
    void whenTheBrowserGoesSilentTheServerStillEndsTheSession() {
        loginAtIdleKiosk(DemoLogin.DEWI);
        ChromeDriver chrome = (ChromeDriver) driver;
        // Chromium's offline emulation cuts new requests but not an open WebSocket, where a real
        // outage cuts both: the push connection is closed by hand first
        chrome.executeScript("if (window.vaadinPush && window.vaadinPush.atmosphere) { window.vaadinPush.atmosphere.unsubscribe(); }");
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            KioskPage.upTo(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("connection-lost")));
            screenshot("12-connection-lost-portrait"); // Vaadin is busy reconnecting: no wait for it
            // no report reaches the server: its own check ends the session after timeout + grace
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> latestSessionOf(DemoLogin.DEWI).endedAt() != null);
            assertThat(latestSessionOf(DemoLogin.DEWI).endReason()).isEqualTo(SessionEndReason.IDLE);
        } finally {
            chrome.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        }
        // back online, the session is not resumed: the browser lands on the attract screen
        KioskPage.upTo(driver, Duration.ofSeconds(40))
                .withMessage(() -> "not back on the attract screen: at " + driver.getCurrentUrl() + " (\"" + driver.getTitle()
                        + "\"), Vaadin's connection " + chrome.executeScript(
                        "return window.Vaadin && window.Vaadin.connectionState && window.Vaadin.connectionState.state;"))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
        assertThat(driver.getPageSource()).doesNotContain("Dewi");
    }
}
