package id.kiosmandiri.help.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.help.HelpTopic;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.session.LoginMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help screens without a browser: reachable from the login screen without a member and from the
 * menu with one, contacts and answers in plain words, and "Panggil petugas" with its queue number,
 * which the member can cancel.
 */
@IntegrationTest
class HelpViewTest extends KioskBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HelpService help;
    @Autowired
    QueueScreens queueScreens;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM assistance_request WHERE kiosk_id IN ('TEST-SCREEN', 'DEMO-01') AND status IN ('WAITING', 'CANCELLED')");
        jdbc.update("DELETE FROM assistance_request WHERE taken_by = 'test-other-node'");
    }

    private void atKiosk(String kioskId, String path) {
        UI.getCurrent().navigate(path, QueryParameters.of("kiosk", kioskId));
    }

    /** The screen has the idle guard that ends a member's session or, without one, returns to the start. */
    private boolean hasIdleGuard() {
        return ((com.vaadin.flow.component.Component) getCurrentView()).getChildren()
                .anyMatch(c -> c instanceof id.kiosmandiri.session.ui.IdleGuard);
    }

    private long requestOnScreen() {
        return Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getParameters().get("request").getFirst());
    }

    @Test
    void someoneWhoCannotLogInFindsContactsAndAnswers() {
        atKiosk("TEST-SCREEN", "login");
        click("login-help");
        assertOnScreen("help");
        assertThat(hasIdleGuard()).as("an idle help screen goes back to the attract screen").isTrue();
        assertThat(exists("logout")).as("nobody to log out").isFalse();
        assertThat(text("help-exit")).isEqualTo("Ke layar masuk");
        assertThat(text("help-contact-phone")).contains("175").contains("06.00–22.00 WIB");
        assertThat(text("help-contact-email")).isEqualTo("care@bpjsketenagakerjaan.go.id");
        assertThat(text("help-contact-branch")).contains("Kantor Cabang Jakarta Salemba").contains("Jl. Salemba Raya")
                .contains("Senin–Jumat");
        for (HelpTopic topic : HelpTopic.values()) {
            assertThat(exists("help-topic-" + topic.id())).as(topic.id()).isTrue();
        }

        click("help-topic-pin");
        assertThat(text("help-answer")).contains("3 kali").contains("30 menit").contains("e-KTP").contains("175");
        click("help-back");
        click("help-topic-jht-claim");
        assertThat(text("help-answer")).contains("10%").contains("30%").contains("10 tahun").contains("Rp50 juta")
                .contains("Rp15 juta").contains("paklaring");
        click("help-back");
        click("help-exit");
        assertOnScreen("login");
    }

    @Test
    void callingStaffShowsTheQueueNumberAndCanBeCancelled() {
        atKiosk("TEST-SCREEN", "help");
        click("help-call-staff");
        assertThat(text("help-pick")).isNotEmpty();
        click("help-topic-data-mismatch");

        long id = requestOnScreen();
        var request = help.find(id).orElseThrow();
        assertThat(request.kioskId()).isEqualTo("TEST-SCREEN");
        assertThat(request.topic()).isEqualTo(HelpTopic.DATA_MISMATCH);
        assertThat(request.memberId()).isNull();
        assertThat(text("queue-number")).isEqualTo(String.valueOf(request.queueNumber()));
        assertThat(text("queue-topic")).contains("Data berbeda");
        assertThat(text("queue-status")).isEqualTo("Petugas akan datang ke kios ini. Mohon tunggu di sini.");
        assertThat(text("queue-ticket")).as("TEST-SCREEN has no printer").contains("Ingat nomor ini");

        click("help-cancel");
        assertThat(help.find(id).orElseThrow().status()).isEqualTo(AssistanceStatus.CANCELLED);
        assertThat(text("help-cancelled")).contains("dibatalkan");
        assertThat(exists("queue-number")).isFalse();
    }

    @Test
    void theQueueScreenHearsThatStaffAreComingAlsoFromAnotherServerNode() {
        atKiosk("TEST-SCREEN", "help");
        click("help-call-staff");
        click("help-topic-pin");
        long id = requestOnScreen();
        assertThat(byId(com.vaadin.flow.component.Component.class, "queue-status").getElement().getAttribute("data-status"))
                .isEqualTo("waiting");

        // taken on another node: only the database knows
        jdbc.update("UPDATE assistance_request SET status = 'TAKEN', taken_by = 'test-other-node', taken_at = created_at WHERE id = ?", id);
        queueScreens.lookAgain();
        roundTrip();
        assertThat(text("queue-status")).isEqualTo("Petugas sedang menuju ke kios ini.");
        assertThat(exists("help-cancel")).as("someone is on the way: nothing to cancel").isFalse();

        // closed on this node: pushed when committed
        help.close(id);
        roundTrip();
        assertThat(text("queue-status")).isEqualTo("Selesai. Terima kasih.");

        click("help-back");
        assertThat(queueScreens.followed()).as("a screen left is followed no more").isZero();
    }

    @Test
    void theQueueScreenOfAnotherKioskIsNotShown() {
        long other = help.call("DEMO-01", HelpTopic.PIN, null, null, java.util.Locale.ROOT).request().id();
        UI.getCurrent().navigate("help", QueryParameters.simple(java.util.Map.of("kiosk", "TEST-SCREEN", "request", String.valueOf(other))));
        assertThat(exists("queue-number")).isFalse();
        assertThat(exists("help-contacts")).isTrue();
    }

    @Test
    void aMemberOpensHelpFromTheMenuAndCallsStaffAboutAnAnswer() {
        long member = loginAs(DemoLogin.BUDI);
        UI.getCurrent().navigate("home");
        click("menu-help");
        assertThat(hasIdleGuard()).as("a member at the help screen is logged out when idle").isTrue();
        assertOnScreen("help");
        assertThat(exists("logout")).isTrue();
        assertThat(text("help-exit")).isEqualTo("Menu utama");
        assertThat(jdbc.queryForList("SELECT detail FROM usage_event WHERE event_type = 'feature' AND session_id = "
                + "(SELECT MAX(id) FROM kiosk_session WHERE member_id = ?)", String.class, member)).contains("help");

        click("help-topic-card-merge");
        assertThat(text("help-answer")).contains("JMO").contains("e-KTP");
        click("help-call-staff");
        var request = help.find(requestOnScreen()).orElseThrow();
        assertThat(request.memberId()).isEqualTo(member);
        assertThat(request.topic()).isEqualTo(HelpTopic.CARD_MERGE);
        assertThat(text("queue-number")).isEqualTo(String.valueOf(request.queueNumber()));
        assertThat(text("queue-ticket")).as("DEMO-01 prints the ticket in the browser").contains("sudah dicetak");
        assertThat(UI.getCurrent().getChildren().filter(c -> c.getId().orElse("").equals("queue-ticket-print")).findFirst())
                .as("a print-only copy of the ticket, with the number and no member")
                .hasValueSatisfying(copy -> assertThat(copy.getElement().getOuterHTML())
                        .contains("NOMOR ANTREAN").contains(String.valueOf(request.queueNumber())).doesNotContain("Budi"));

        click("help-exit");
        assertOnScreen("home");
    }

    @Test
    void aKioskWithoutHelpHasNoHelpButton() {
        atKiosk("TEST-BALANCE", "login");
        assertThat(exists("login-help")).isFalse();
        memberSessions.begin(memberId(DemoLogin.BUDI), "TEST-BALANCE", LoginMethod.KPJ);
        UI.getCurrent().navigate("help");
        assertOnScreen("home");
        assertThat(List.of(exists("menu-help"))).containsExactly(false);
    }
}
