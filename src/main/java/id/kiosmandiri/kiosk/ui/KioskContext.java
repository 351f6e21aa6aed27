package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import java.util.Arrays;
import java.util.Optional;

/**
 * The browser side of a kiosk's identity: its cookies, the session attribute that caches which kiosk
 * it is, the kiosk a UI is the screen of, and sending it back to its attract screen. Which kiosk a
 * browser is, is decided by {@link KioskIdentity}.
 */
public final class KioskContext {

    public static final String PARAMETER = "kiosk";
    public static final String HEADER = "X-Kiosk-Id";
    public static final String COOKIE = "kiosk-id";
    /** A card read on the attract screen waits here for the login screen (never in the URL). */
    public static final String PENDING_CARD = KioskContext.class.getName() + ".pendingCard";
    /** The enrolled browser's credential (device trust): a random value, HttpOnly, never shown. */
    public static final String DEVICE_COOKIE = "kiosk-device";
    static final String ATTRIBUTE = KioskContext.class.getName() + ".kioskId";
    /** On a UI: the kiosk whose screen it is (staff pages and receipt checks on phones have none). */
    private static final String SCREEN_OF = KioskContext.class.getName() + ".screenOf";

    private KioskContext() {
    }

    /** The attract screen of a kiosk, where a browser goes when a member's session ends. */
    public static String startUrl(String kioskId) {
        return "./?" + PARAMETER + "=" + kioskId;
    }

    /**
     * Sends the kiosk's browser back to its attract screen, starting afresh, as soon as the server
     * answers it (kiosk.js; a plain navigation where that script is missing).
     */
    public static void startOver(UI ui, String kioskId) {
        ui.getPage().executeJs("if (window.kioskStartOver) { window.kioskStartOver($0); } else { window.location.href = $0; }",
                startUrl(kioskId));
    }

    /** This UI is a kiosk's screen: its heartbeats tell the fleet page that the kiosk is online. */
    public static void markKioskScreen(UI ui, String kioskId) {
        ComponentUtil.setData(ui, SCREEN_OF, kioskId);
    }

    /** The kiosk whose screen this UI is, if it is one. */
    public static Optional<String> kioskOfScreen(UI ui) {
        return Optional.ofNullable((String) ComponentUtil.getData(ui, SCREEN_OF));
    }

    /**
     * The network address the current request came from (the proxy's forwarded address when
     * forward headers are trusted). Unlike the kiosk id, a browser cannot choose it.
     */
    public static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
    }

    static String fromCookie(VaadinRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
    }

    static void rememberInCookie(String kioskId) {
        setCookie(COOKIE, kioskId, 365 * 24 * 3600);
    }

    /** HttpOnly, SameSite=Strict, Secure behind HTTPS; a max age of 0 removes it. */
    static void setCookie(String name, String value, int maxAgeSeconds) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(name, value);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(maxAgeSeconds);
            cookie.setAttribute("SameSite", "Strict");
            VaadinRequest request = VaadinRequest.getCurrent();
            cookie.setSecure(request != null && request.isSecure()); // HTTPS, directly or through the TLS proxy
            response.addCookie(cookie);
        }
    }
}
