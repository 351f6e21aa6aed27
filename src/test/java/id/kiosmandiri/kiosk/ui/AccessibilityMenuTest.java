package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility button (issue 18): on every kiosk screen, its switches set the browser session's
 * modes and the body's {@code data-access}; the modes last across screens and the login and end on
 * the attract screen.
 */
@IntegrationTest
class AccessibilityMenuTest extends KioskBrowserlessTest {

    private static void navigateTo(String route) {
        UI.getCurrent().navigate(route);
    }

    private static String bodyModes() {
        return UI.getCurrent().getElement().getAttribute("data-access");
    }

    private String pressed(String id) {
        return button(id).getElement().getAttribute("aria-pressed");
    }

    @Test
    void theButtonIsOnTheAttractLoginHelpAndMemberScreens() {
        navigate(AttractView.class);
        assertTrue(exists("access-open"), "attract");
        navigateTo("login");
        assertOnScreen("login");
        assertTrue(exists("access-open"), "login");
        navigateTo("help");
        assertOnScreen("help");
        assertTrue(exists("access-open"), "help without a member");
        loginAs(DemoLogin.BUDI);
        for (String route : new String[]{"home", "balance", "help"}) {
            navigateTo(route);
            assertOnScreen(route);
            assertTrue(exists("access-open"), route);
            assertTrue(exists("logout"), route);
        }
    }

    @Test
    void theSwitchesSetTheSessionsModesAndTheBody() {
        navigate(AttractView.class);
        assertEquals("", bodyModes());
        assertFalse(exists("access-panel"), "the panel opens on request");
        click("access-open");
        assertTrue(exists("access-panel"));
        assertEquals("Teks besar", button("access-large").getText());
        assertEquals("false", pressed("access-large"));
        assertEquals("Bacakan layar", button("access-speech").getText());
        assertFalse(exists("speak"), "no speaker until read aloud is on");

        click("access-large");
        assertEquals("true", pressed("access-large"));
        assertEquals(Set.of(AccessMode.LARGE), AccessMode.current());
        assertEquals("large", bodyModes());
        click("access-contrast");
        assertEquals("large contrast", bodyModes());
        assertEquals("true", pressed("access-contrast"));
        click("access-large");
        assertEquals("contrast", bodyModes());
        assertEquals("false", pressed("access-large"));
        click("access-speech");
        assertEquals("contrast speech", bodyModes());
        assertTrue(exists("speak"), "the speaker is beside the accessibility button");
        click("access-close");
        assertFalse(exists("access-panel"));
    }

    @Test
    void theModesLastAcrossScreensAndTheLoginAndEndOnTheAttractScreen() {
        navigate(AttractView.class);
        navigateTo("login");
        click("access-open");
        click("access-large");
        click("access-contrast");

        loginAs(DemoLogin.BUDI);
        navigateTo("home");
        assertOnScreen("home");
        assertEquals(Set.of(AccessMode.LARGE, AccessMode.CONTRAST), AccessMode.current());
        assertEquals("large contrast", bodyModes());
        navigateTo("balance");
        click("access-open");
        assertEquals("true", pressed("access-large"), "the member screens' menu shows the modes on");
        assertEquals("true", pressed("access-contrast"));

        // a fresh page of the same session (a reload, or the page after the login) shows them too
        UI.getCurrent().getElement().removeAttribute("data-access");
        navigateTo("help");
        assertEquals("large contrast", bodyModes());

        memberSessions.logout(SessionEndReason.LOGOUT);
        navigate(AttractView.class);
        assertEquals(Set.of(), AccessMode.current(), "the next person starts from the default");
        assertEquals("", bodyModes());
        click("access-open");
        assertEquals("false", pressed("access-large"));
    }

    @Test
    void aCancelledLoginResetsTheModesToo() {
        navigate(AttractView.class);
        navigateTo("login");
        click("access-open");
        click("access-large");
        click("access-close");
        click("login-cancel");
        assertOnScreen("");
        assertEquals("", bodyModes());
        assertTrue(MemberSessions.current().isEmpty());
        assertEquals(null, VaadinSession.getCurrent().getAttribute(AccessMode.class.getName()));
    }

    @Test
    void theMenuSpeaksEnglishToo() {
        navigate(AttractView.class);
        click("lang-toggle");
        assertEquals("Aa Display", button("access-open").getText());
        click("access-open");
        assertEquals("Large text", button("access-large").getText());
        assertEquals("High contrast", button("access-contrast").getText());
        assertEquals("Done", button("access-close").getText());
        click("lang-toggle");
    }
}
