package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While the application is not ready (readiness refusing traffic, as while demo data loads at
 * start-up) no member can start: the attract screen says the kiosk is being prepared, and neither
 * its start button, the card reader nor the login screen lets anyone in. Readiness is set back to
 * accepting traffic after each test, as Spring Boot leaves it after the start-up.
 */
@IntegrationTest
class AttractViewTest extends KioskBrowserlessTest {

    private static final String PREPARING = "Kios sedang disiapkan. Silakan tunggu sebentar.";

    @Autowired
    private ApplicationContext context;

    private void readiness(ReadinessState state) {
        AvailabilityChangeEvent.publish(context, state);
    }

    @AfterEach
    void ready() {
        readiness(ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void whenReadyTheAttractScreenOffersTheStart() {
        navigate(AttractView.class);
        assertTrue(exists("start"));
        assertFalse(exists("kiosk-preparing"));
    }

    @Test
    void whileNotReadyTheAttractScreenSaysSoAndOffersNoStart() {
        readiness(ReadinessState.REFUSING_TRAFFIC);
        navigate(AttractView.class);
        assertEquals(PREPARING, text("kiosk-preparing"));
        assertFalse(exists("start"), "no start button while the kiosk is being prepared");

        click("lang-toggle");
        assertEquals("The kiosk is being prepared. Please wait a moment.", text("kiosk-preparing"));
        assertFalse(exists("start"));
    }

    @Test
    void whileNotReadyACardReadIsIgnored() {
        readiness(ReadinessState.REFUSING_TRAFFIC);
        AttractView attract = navigate(AttractView.class);
        readCard(attract, DemoLogin.BUDI.kpj());
        assertOnScreen("");
        assertNull(VaadinSession.getCurrent().getAttribute(KioskContext.PENDING_CARD), "no card kept for the PIN screen");
        readCard(attract, "not a card");
        assertFalse(exists("card-unreadable"), "a read is not even looked at");
        assertTrue(exists("kiosk-preparing"));
    }

    @Test
    void whileNotReadyTheLoginScreenSendsBackToTheAttractScreen() {
        readiness(ReadinessState.REFUSING_TRAFFIC);
        UI.getCurrent().navigate("login");
        assertInstanceOf(AttractView.class, getCurrentView());
        assertOnScreen("");
        assertTrue(exists("kiosk-preparing"));
        assertFalse(exists("login-by-nik"));
    }

    @Test
    void onceReadyTheAttractScreenOffersTheStartByItself() {
        readiness(ReadinessState.REFUSING_TRAFFIC);
        navigate(AttractView.class);
        assertTrue(exists("kiosk-preparing"));
        assertEquals(-1, UI.getCurrent().getPollInterval(), "no polling: the change comes by push");

        readiness(ReadinessState.ACCEPTING_TRAFFIC);
        assertTrue(exists("start"));
        assertFalse(exists("kiosk-preparing"));
        click("start");
        assertOnScreen("login");
    }
}
