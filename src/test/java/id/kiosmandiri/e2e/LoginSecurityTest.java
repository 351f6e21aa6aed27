package id.kiosmandiri.e2e;

import id.kiosmandiri.TestData;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.StoredRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** What protects a member at the kiosk: the lock after wrong PINs, and card input only from the reader. */
class LoginSecurityTest extends BrowserTest {

    private static final String NIK = "3471071505900001";

    @Autowired
    StoredRows stored;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;

    @AfterEach
    void removeTestMember() {
        if (data != null) {
            data.deleteAll();
        }
    }

    @Test
    void threeWrongPinsLockTheMemberAndTheLockHoldsForTheCorrectPin() {
        // a member of its own, so the demo members stay as they were for the other tests
        data = new TestData(jdbc, clock);
        long member = data.loginMember(NIK, TestData.KPJ_PREFIX + "770001", "1999977001", "Uji Kunci Layar");
        open("");
        LoginPage login = new AttractPage(driver).start().chooseNik().typeOnKeypad(NIK.substring(0, 10));
        screenshotBothOrientations("02b-login-nik");
        login.typeOnKeypad(NIK.substring(10)).confirmNumber();

        login.enterPin("000001");
        assertThat(login.error()).isEqualTo("Nomor atau PIN salah. Periksa lalu coba lagi.");
        assertThat(login.pinDotsFilled()).isEqualTo("0");
        login.enterPin("000002");
        assertThat(login.error()).isEqualTo("Nomor atau PIN salah. Periksa lalu coba lagi.");
        login.enterPin("000003");
        assertThat(login.error()).contains("dikunci").contains("loket petugas").contains("175");
        screenshotBothOrientations("10-login-locked");

        login.enterPin(TestData.PIN);
        assertThat(login.error()).contains("dikunci");
        assertThat(login.isShown("member-name")).isFalse();
        // the lock is in the database, so it holds on every kiosk and after a restart
        assertThat(stored.lockedUntil(member)).isAfter(clock.instant().plusSeconds(29 * 60));
    }

    @Test
    void anUnknownNumberGetsTheSameAnswerAsAWrongPin() {
        open("");
        LoginPage login = new AttractPage(driver).start().chooseKpj().typeOnKeypad("19999999999").confirmNumber();
        login.enterPin("123456");
        assertThat(login.error()).isEqualTo("Nomor atau PIN salah. Periksa lalu coba lagi.");
    }

    @Test
    void theSessionIdChangesAtLoginAndAgainAtLogoutAndItsCookieIsStrict() {
        open("");
        AttractPage attract = new AttractPage(driver);
        attract.byId("start");
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(before).as("a session before login").isNotNull();
        assertThat(before.isHttpOnly()).isTrue();
        assertThat(before.getSameSite()).isEqualTo("Strict");

        HomePage home = attract.start().swipeCard(DemoLogin.AGUS.cardUid()).loginWithPin(DemoLogin.AGUS.pin());
        assertThat(home.greeting()).contains("Agus");
        Cookie during = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(during.getValue()).as("a new session id at login").isNotEqualTo(before.getValue());
        assertThat(during.isHttpOnly()).isTrue();
        assertThat(during.getSameSite()).isEqualTo("Strict");
        home.openBalance();
        assertThat(home.isShown("jht-balance")).as("the screen keeps working on the new session").isTrue();

        home.logout().byId("start");
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).as("a new session after logout").isNotEqualTo(during.getValue());
    }

    @Test
    void aCardReadThatIsNoCardSaysSoWhereItWasReadAndOpensNoPin() {
        open("");
        AttractPage attract = new AttractPage(driver);
        attract.byId("start");
        attract.readCard("12345678901234567890");
        assertThat(attract.text("card-unreadable")).isEqualTo("Kartu tidak terbaca. Coba lagi atau masukkan nomor Anda.");
        assertThat(attract.isShown("pin-display")).isFalse();
        screenshotBothOrientations("01b-card-unreadable");

        LoginPage login = attract.start();
        login.byId("login-card-hint");
        login.readCard("0000000000000000000000");
        assertThat(login.text("card-unreadable")).startsWith("Kartu tidak terbaca");
        assertThat(login.isShown("pin-display")).isFalse();
        login.swipeCard(DemoLogin.DEWI.cardUid());
        assertThat(login.isShown("card-unreadable")).as("a good read clears it").isFalse();
    }

    @Test
    void keysPressedSlowlyAreNotACardButTheReaderIs() {
        open("login");
        LoginPage login = new LoginPage(driver);
        login.byId("login-card-hint");
        login.typeSlowlyOnKeyboard(DemoLogin.DEWI.cardUid());
        assertThat(login.isShown("pin-display")).as("a person typing is not a card reader").isFalse();
        login.swipeCard(DemoLogin.DEWI.cardUid());
        HomePage home = login.loginWithPin(DemoLogin.DEWI.pin());
        assertThat(home.greeting()).contains("Dewi");
        assertThat(home.isShown("member-inactive")).isTrue();
        home.logout();
    }

    @Test
    void aCardReadOnTheAttractScreenGoesStraightToThePin() {
        open("");
        AttractPage attract = new AttractPage(driver);
        attract.byId("start");
        LoginPage login = new LoginPage(driver).swipeCard(DemoLogin.HENDRA.kpj());
        assertThat(login.text("login-identity")).endsWith("0067");
        HomePage home = login.loginWithPin(DemoLogin.HENDRA.pin());
        assertThat(home.greeting()).contains("Hendra");
        home.logout();
    }
}
