package id.kiosmandiri.e2e;

import id.kiosmandiri.EnrolmentSwitch;
import id.kiosmandiri.StoredRows;
import id.kiosmandiri.kiosk.KioskDevices;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.TestData;
import id.kiosmandiri.database.DatabaseSwitch;
import id.kiosmandiri.receipt.EscPosDecoder;
import id.kiosmandiri.receipt.FakeEscPosPrinter;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops in the middle of two members' visits (the test JVM's embedded MariaDB, stopped
 * and started again under the running server) at two kiosks: TEST-OUTAGE, whose member has a receipt
 * that the printer failed (out of paper), and DEMO-01, whose member is about to send a new phone
 * number. Meanwhile: health says DOWN; the receipt's "Coba lagi" says the service is down and keeps
 * the receipt; the data change shows "Layanan sedang gangguan" (no stack trace, nothing of the member)
 * and the kiosk goes back to the start; a login there with a wrong PIN shows the same screen, and so does
 * an enrolled kiosk's start screen when enrolment is required (its credential cannot be checked). Once
 * the database is back, without a restart: health UP, the same receipt prints on "Coba lagi", the
 * member logs in again; nothing was half-written (no change request, no failed PIN counted, one
 * receipt), and the session that ended in the outage is recorded as ended, at the time it ended.
 */
class DatabaseOutageTest extends BrowserTest {

    private static final int PRINTER_PORT = 59101;
    private static final String PRINTS_NIK = "3471051505904001";
    private static final String PRINTS_KPJ = TestData.KPJ_PREFIX + "840001";
    private static final String PRINTS_CARD = "1999984001";
    private static final String CHANGES_NIK = "3471051505904002";
    private static final String CHANGES_KPJ = TestData.KPJ_PREFIX + "840002";
    private static final String CHANGES_CARD = "1999984002";
    private static final String NEW_PHONE = "085733334444";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    StoredRows stored;
    @Autowired
    Environment environment;
    @LocalManagementPort
    int managementPort;
    @Autowired
    EnrolmentSwitch enrolment;
    @Autowired
    KioskDevices devices;

    private TestData data;
    private FakeEscPosPrinter printer;
    private DatabaseSwitch database;
    private ChromeDriver secondKiosk;
    private ChromeDriver enrolledKiosk;

    @BeforeEach
    void setUp() throws Exception {
        data = new TestData(jdbc, clock);
        data.loginMember(PRINTS_NIK, PRINTS_KPJ, PRINTS_CARD, "Uji Gangguan Cetak");
        data.loginMember(CHANGES_NIK, CHANGES_KPJ, CHANGES_CARD, "Uji Gangguan Data");
        printer = FakeEscPosPrinter.startWhenFree(PRINTER_PORT, FakeEscPosPrinter.State.PAPER_OUT, Duration.ofSeconds(30));
        database = new DatabaseSwitch(environment);
    }

    @AfterEach
    void tearDown() throws Exception {
        database.startIfStopped(); // whatever happened: the next test class needs it
        waitForHealth(200);
        if (secondKiosk != null) {
            secondKiosk.quit();
        }
        if (enrolledKiosk != null) {
            enrolledKiosk.quit();
        }
        jdbc.update("DELETE FROM kiosk_device WHERE kiosk_id = 'TEST-SCREEN' AND enrolled_by = 'salemba'");
        jdbc.update("DELETE FROM kiosk_enrolment_code WHERE kiosk_id = 'TEST-SCREEN' AND created_by = 'salemba'");
        printer.close();
        data.deleteAll();
    }

    @Test
    void membersSeeTheOutageLoseNothingAndTheKioskWorksAgainWithoutARestart() throws Exception {
        long printsMember = stored.memberIdByNik(PRINTS_NIK);
        long changesMember = stored.memberIdByNik(CHANGES_NIK);

        // TEST-OUTAGE: the printer is out of paper; the receipt is stored and offered again
        open("?kiosk=TEST-OUTAGE");
        ReceiptPage receipt = new AttractPage(driver).start().swipeCard(PRINTS_CARD).loginWithPin(TestData.PIN)
                .openBalance().printBalance();
        receipt.confirm().waitForStatus("failed");
        String number = receipt.number();
        assertThat(printer.nextConnection().receipt().rows()).isEmpty();
        printer.state(FakeEscPosPrinter.State.OK);

        // DEMO-01: a new phone number, up to the review
        secondKiosk = newChrome(PORTRAIT);
        secondKiosk.get(url("?kiosk=DEMO-01"));
        UpdatePage update = new AttractPage(secondKiosk).start().swipeCard(CHANGES_CARD).loginWithPin(TestData.PIN).openUpdate();
        update.choose("update-phone").typeOnKeypad(NEW_PHONE);
        update.click("key-ok");
        update.enterPin(TestData.PIN);
        assertThat(update.text("update-new")).isEqualTo(NEW_PHONE);

        // TEST-SCREEN's browser, enrolled before the outage (KioskEnrolmentTest does it through the screens)
        enrolledKiosk = newChrome(PORTRAIT);
        enrolledKiosk.get(url("enrol"));
        String code = devices.newCode("TEST-SCREEN", "salemba").code();
        String credential = ((KioskDevices.Enrolment.Enrolled) devices.enrol(code, "192.0.2.90")).credential();
        enrolledKiosk.manage().addCookie(new Cookie(KioskContext.DEVICE_COOKIE, credential));

        database.stop();
        HttpResponse<String> health = health();
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");

        // the receipt: not printed, still there to try again
        receipt.retry().waitForStatus("failed");
        assertThat(receipt.statusText()).contains("layanan sedang gangguan").contains("Struk Anda sudah tersimpan");
        assertThat(receipt.isShown("print-retry")).isTrue();
        assertThat(printer.hasConnection()).as("nothing sent to the printer").isFalse();
        screenshotBothOrientations("receipt-failed-outage");

        // the data change: the outage screen, in plain words, then the start
        update.click("update-confirm");
        assertOutageScreen(secondKiosk, "Uji Gangguan Data");
        screenshotBothOrientations(secondKiosk, "outage");
        update.click("error-retry");
        KioskPage.upTo(secondKiosk, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
        assertThat(secondKiosk.getPageSource()).doesNotContain("Uji Gangguan Data");

        // a login with a wrong PIN while the database is away: the same screen, nothing counted
        new AttractPage(secondKiosk).start().swipeCard(CHANGES_CARD).enterPin("999999");
        assertOutageScreen(secondKiosk, "Uji Gangguan Data");

        // with enrolment required, an enrolled kiosk whose credential cannot be checked now is in the outage,
        // not "Kios belum terdaftar"
        enrolment.require(true);
        try {
            enrolledKiosk.get(url(""));
            assertOutageScreen(enrolledKiosk, "Uji Gangguan Data");
            assertThat(enrolledKiosk.findElements(By.id("kiosk-not-enrolled"))).isEmpty();
        } finally {
            enrolment.require(false);
        }

        database.start();
        waitForHealth(200);

        // the same receipt prints now, on the same screen
        receipt.retry().waitForStatus("printed");
        assertThat(receipt.number()).isEqualTo(number);
        EscPosDecoder.Receipt paper = printer.nextConnection().receipt();
        assertThat(paper.text()).contains(number);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM receipt WHERE member_id = ?", Integer.class, printsMember))
                .as("one receipt, printed").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM receipt WHERE member_id = ?", String.class, printsMember))
                .isEqualTo("PRINTED");

        // the other kiosk works again by itself (its outage screen goes back to the start), without a restart
        backAtStart(secondKiosk);
        new AttractPage(secondKiosk).start().swipeCard(CHANGES_CARD).loginWithPin(TestData.PIN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM profile_change_request WHERE member_id = ?", Integer.class, changesMember))
                .as("no change request from the touch in the outage").isZero();
        assertThat(stored.failedPinCount(changesMember)).as("the wrong PIN in the outage counted nothing").isZero();
        // the visit that ended in the outage: recorded as ended once the database was back
        StoredRows.StoredSession cut = jdbc.queryForList("SELECT id FROM kiosk_session WHERE member_id = ? ORDER BY id", Long.class,
                changesMember).stream().findFirst().map(stored::session).orElseThrow();
        KioskPage.upTo(secondKiosk, Duration.ofSeconds(20)).until(d -> stored.session(cut.id()).endedAt() != null);
        assertThat(stored.session(cut.id()).endReason()).isEqualTo(SessionEndReason.ERROR);
    }

    private static void assertOutageScreen(WebDriver browser, String memberName) {
        String text = KioskPage.upTo(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-screen"))).getText();
        assertThat(text).contains("Layanan sedang gangguan").contains("Data Anda aman");
        assertThat(browser.findElement(By.id("error-screen")).getAttribute("data-cause")).isEqualTo("database");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("SQL").doesNotContain("Hikari")
                .doesNotContain(memberName);
    }

    private HttpResponse<String> health() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private void waitForHealth(int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (health().statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("health did not answer " + status + " within 60 s");
            }
            Thread.sleep(250);
        }
    }

    /** Back at the start: the outage screen goes there by itself after a while, or at once on a touch. */
    private static void backAtStart(WebDriver browser) {
        KioskPage.upTo(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("start")).isEmpty() || !d.findElements(By.id("error-retry")).isEmpty());
        if (browser.findElements(By.id("start")).isEmpty()) {
            browser.findElement(By.id("error-retry")).click();
        }
        KioskPage.upTo(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("start")));
    }
}
