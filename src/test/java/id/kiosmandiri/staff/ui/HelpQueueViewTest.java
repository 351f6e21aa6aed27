package id.kiosmandiri.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.help.HelpRequest;
import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.help.HelpTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff help queue and the help figures of the analytics page without a browser, as the demo's
 * Salemba branch staff: one row per open request of the branch, taken and closed from its buttons.
 */
@IntegrationTest
@ViewPackages(packages = "id.kiosmandiri")
class HelpQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    HelpService help;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(id -> jdbc.update("DELETE FROM assistance_request WHERE id = ?", id));
    }

    private HelpRequest call(String kiosk, HelpTopic topic) {
        HelpRequest request = help.call(kiosk, topic, null, null, Locale.ROOT).request();
        made.add(request.id());
        return request;
    }

    private Optional<Element> element(String id) {
        return element(((Component) getCurrentView()).getElement(), id);
    }

    private static Optional<Element> element(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> element(child, id)).flatMap(Optional::stream).findFirst();
    }

    /** The button with this id inside the request's row (every row has its own). */
    private Button buttonInRow(String rowId, String buttonId) {
        Element row = element(rowId).orElseThrow(() -> new AssertionError(rowId));
        return element(row, buttonId).flatMap(Element::getComponent).map(Button.class::cast)
                .orElseThrow(() -> new AssertionError(buttonId + " in " + rowId));
    }

    @Test
    @WithUserDetails("salemba")
    void branchStaffSeeTheirBranchesCallsAndTakeAndCloseThem() {
        HelpRequest mine = call("TEST-SCREEN", HelpTopic.PIN);
        HelpRequest elsewhere = call("TEST-WITA", HelpTopic.PIN);
        UI.getCurrent().navigate("staff/help");
        assertThat(getCurrentView()).isInstanceOf(HelpQueueView.class);
        assertThat(find(Component.class).withId("staff-nav-help").exists()).isTrue();
        assertThat(element("help-queue")).isPresent();

        String rowId = "request-" + mine.queueNumber();
        Element row = element(rowId).orElseThrow();
        assertThat(row.getAttribute("data-branch")).isEqualTo("JKTSALEMBA");
        assertThat(row.getAttribute("data-status")).isEqualTo("waiting");
        assertThat(row.getChildren().map(Element::getTextRecursively).toList())
                .contains("Kios Uji LayarTEST-SCREEN", "Lupa PIN atau PIN terkunci", "—", "baru saja", "Menunggu petugas");
        assertThat(row.getClassList()).as("there when the page opened: not new").doesNotContain("request-new");
        assertThat(((Component) getCurrentView()).getElement().getOuterHTML()).as("another branch's call")
                .doesNotContain("MKSTAMALANREA");

        test(buttonInRow(rowId, "request-take")).click();
        assertThat(help.find(mine.id()).orElseThrow().status()).isEqualTo(AssistanceStatus.TAKEN);
        assertThat(element(rowId).orElseThrow().getAttribute("data-status")).isEqualTo("taken");

        HelpRequest newer = call("TEST-PDF", HelpTopic.OTHER);
        ((HelpQueueView) getCurrentView()).refresh(); // what the push does
        assertThat(element("request-" + newer.queueNumber()).orElseThrow().getClassList()).contains("request-new");

        test(buttonInRow(rowId, "request-done")).click();
        assertThat(help.find(mine.id()).orElseThrow().status()).isEqualTo(AssistanceStatus.CLOSED);
        assertThat(element(rowId)).as("done: out of the queue").isEmpty();
        assertThat(help.find(elsewhere.id()).orElseThrow().status()).isEqualTo(AssistanceStatus.WAITING);

        UI.getCurrent().navigate("staff/analytics");
        assertThat(find(Component.class).withId("analytics-help-requests").single().getElement().getText()).matches("[1-9]\\d*");
        assertThat(find(Component.class).withId("analytics-help-wait").exists()).isTrue();
        assertThat(find(Component.class).withId("analytics-help-handle").single().getElement().getText()).isNotEqualTo("–");
    }
}
