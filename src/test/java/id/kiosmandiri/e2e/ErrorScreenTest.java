package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.member.MemberRepository;
import id.kiosmandiri.session.KioskSessionRepository;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A failing screen says what happened in plain words, loses nothing and lets the member go on or leave. */
class ErrorScreenTest extends BrowserTest {

    @Autowired
    MemberRepository members;
    @Autowired
    KioskSessionRepository kioskSessions;

    @Test
    void aFailingScreenOffersTryAgainAndKeluarWithoutAStackTrace() {
        open("");
        HomePage home = new AttractPage(driver).start().swipeCard(DemoLogin.RUDI.cardUid()).loginWithPin(DemoLogin.RUDI.pin());
        driver.get(url("test-failure"));
        waitForVaadin();
        assertThat(byId("error-screen").getText()).contains("Maaf").contains("Data Anda aman");
        assertThat(driver.getPageSource()).doesNotContain("IllegalStateException").doesNotContain("simulated");
        screenshotBothOrientations("13-error");

        click("error-retry");
        assertThat(home.greeting()).contains("Rudi");

        driver.get(url("test-failure"));
        waitForVaadin();
        click("logout");
        byId("start");
        Long rudi = members.findByNik(DemoLogin.RUDI.nik()).orElseThrow().getId();
        assertThat(kioskSessions.findByMemberIdOrderByStartedAtDesc(rudi).getFirst().getEndReason())
                .isEqualTo(SessionEndReason.ERROR);
    }

    @Test
    void anUnknownAddressLeadsBackToTheStart() {
        open("no-such-screen");
        assertThat(byId("error-screen").getText()).contains("Halaman tidak ditemukan");
        click("error-retry");
        assertThat(byId("start").isDisplayed()).isTrue();
    }
}
