package id.kiosmandiri.session.ui;

import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.session.MemberSessions;

import com.vaadin.flow.component.Component;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.StoredRows;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class MemberLayoutTest extends KioskBrowserlessTest {

    /** Every member screen, by route and view class (the views are package-private elsewhere). */
    private static final Map<String, String> MEMBER_SCREENS = Map.of(
            "home", "id.kiosmandiri.member.ui.HomeView",
            "balance", "id.kiosmandiri.balance.ui.BalanceView",
            "contributions", "id.kiosmandiri.contribution.ui.ContributionsView",
            "bills", "id.kiosmandiri.contribution.ui.BillsView",
            "print", "id.kiosmandiri.receipt.ui.PrintMenuView",
            "receipt/balance", "id.kiosmandiri.receipt.ui.ReceiptView");


    @SuppressWarnings("unchecked")
    private static Class<? extends Component> view(String className) {
        try {
            return (Class<? extends Component>) Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withoutAMemberEveryMemberScreenGoesBackToTheAttractScreen() {
        for (String route : MEMBER_SCREENS.keySet()) {
            navigate(route, AttractView.class);
            assertInstanceOf(AttractView.class, getCurrentView(), route);
            assertTrue(exists("start"), route);
            assertFalse(exists("logout"), route);
        }
    }

    @Test
    void everyMemberScreenHasLogoutAndLanguage() {
        loginAs(DemoLogin.BUDI);
        MEMBER_SCREENS.forEach((route, viewClass) -> {
            navigate(route, view(viewClass));
            assertEquals("Keluar", button("logout").getText(), route);
            assertTrue(button("logout").isVisible(), route);
            assertEquals("English", button("lang-toggle").getText(), route);
            assertEquals(!"home".equals(route), exists("nav-home"), route + ": 'main menu' everywhere but the menu");
        });
    }

    @Test
    void noMemberScreenPollsTheServer() {
        // every kiosk of the country may talk to one server: the idle timer is a browser timer
        loginAs(DemoLogin.BUDI);
        MEMBER_SCREENS.forEach((route, viewClass) -> {
            navigate(route, view(viewClass));
            assertEquals(-1, com.vaadin.flow.component.UI.getCurrent().getPollInterval(), route);
        });
    }

    @Test
    void theLanguageToggleIsOnTheScreensBeforeLoginToo() {
        navigate(AttractView.class);
        assertEquals("English", button("lang-toggle").getText());
        navigate("login", view("id.kiosmandiri.member.ui.LoginView"));
        assertEquals("English", button("lang-toggle").getText());
    }

    @Test
    void switchingLanguageOnAMemberScreenSwitchesTheWholeScreen() {
        loginAs(DemoLogin.BUDI);
        navigate("home", view(MEMBER_SCREENS.get("home")));
        click("lang-toggle");
        assertEquals("Welcome, Budi", text("member-name"));
        assertEquals("Log out", button("logout").getText(), "the frame around the screen speaks English too");
        assertEquals("Bahasa Indonesia", button("lang-toggle").getText());

        navigate("balance", view(MEMBER_SCREENS.get("balance")));
        assertEquals("Main menu", button("nav-home").getText(), "English stays on for the next screen");

        click("lang-toggle");
        assertEquals("Keluar", button("logout").getText());
        assertEquals("Menu utama", button("nav-home").getText());
        assertEquals("English", button("lang-toggle").getText());
    }

    @Test
    void logoutEndsTheMembersSession() {
        Long budi = loginAs(DemoLogin.BUDI);
        Long kioskSessionId = MemberSessions.current().orElseThrow().kioskSessionId();
        navigate("balance", view(MEMBER_SCREENS.get("balance")));
        click("logout");

        assertTrue(MemberSessions.current().isEmpty(), "nothing of the member is left in the session");
        StoredRows.StoredSession recorded = stored.session(kioskSessionId);
        assertEquals(budi.longValue(), recorded.memberId());
        assertEquals(SessionEndReason.LOGOUT, recorded.endReason());
        assertNotNull(recorded.endedAt());

        for (String route : List.of("home", "balance")) {
            navigate(route, AttractView.class);
        }
    }
}
