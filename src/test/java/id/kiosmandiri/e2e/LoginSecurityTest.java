package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.member.Member;
import id.kiosmandiri.member.MemberRepository;
import id.kiosmandiri.member.MemberStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What protects a member at the kiosk: the lock after wrong PINs, and card input only from the reader. */
class LoginSecurityTest extends BrowserTest {

    @Autowired
    MemberRepository members;

    @Test
    void threeWrongPinsLockTheMemberAndTheLockHoldsForTheCorrectPin() {
        // a generated member, so the named demo logins stay usable for the other tests
        Member member = members.findAll().stream()
                .filter(m -> m.getId() > DemoLogin.values().length && m.getStatus() == MemberStatus.ACTIVE)
                .filter(m -> m.getLockedUntil() == null).skip(3).findFirst().orElseThrow();
        open("");
        LoginPage login = new AttractPage(driver).start().chooseNik().typeOnKeypad(member.getNik().substring(0, 10));
        screenshotBothOrientations("02b-login-nik");
        login.typeOnKeypad(member.getNik().substring(10)).confirmNumber();

        login.enterPin("000001");
        assertThat(login.error()).isEqualTo("Nomor atau PIN salah. Periksa lalu coba lagi.");
        assertThat(login.pinDotsFilled()).isEqualTo("0");
        login.enterPin("000002");
        assertThat(login.error()).isEqualTo("Nomor atau PIN salah. Periksa lalu coba lagi.");
        login.enterPin("000003");
        assertThat(login.error()).contains("dikunci").contains("loket petugas").contains("175");
        screenshotBothOrientations("10-login-locked");

        login.enterPin(DemoLogin.GENERATED_MEMBER_PIN);
        assertThat(login.error()).contains("dikunci");
        assertThat(login.isShown("member-name")).isFalse();
        // the lock is in the database, so it holds on every kiosk and after a restart
        assertThat(members.findById(member.getId()).orElseThrow().getLockedUntil()).isAfter(Instant.now().plusSeconds(29 * 60));
    }

    @Test
    void anUnknownNumberGetsTheSameAnswerAsAWrongPin() {
        open("");
        LoginPage login = new AttractPage(driver).start().chooseKpj().typeOnKeypad("19999999999").confirmNumber();
        login.enterPin("123456");
        assertThat(login.error()).isEqualTo("Nomor atau PIN salah. Periksa lalu coba lagi.");
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
