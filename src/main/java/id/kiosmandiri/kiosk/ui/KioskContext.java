package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;

import jakarta.servlet.http.Cookie;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which kiosk this browser is. Chosen at first contact by the URL parameter {@code kiosk} or the
 * header {@code X-Kiosk-Id} (set by the kiosk's browser), else the default kiosk; then kept in
 * the session and in a cookie, so a new session after a logout is still the same kiosk. The
 * cookie holds only the kiosk id. Device trust comes later.
 */
public final class KioskContext {

    public static final String PARAMETER = "kiosk";
    public static final String HEADER = "X-Kiosk-Id";
    public static final String COOKIE = "kiosk-id";
    /** A card read on the attract screen waits here for the login screen (never in the URL). */
    public static final String PENDING_CARD = KioskContext.class.getName() + ".pendingCard";
    private static final String ATTRIBUTE = KioskContext.class.getName() + ".kioskId";
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

    /** Resolves the kiosk on navigation; a URL parameter naming a known kiosk always wins. */
    public static KioskConfig resolve(BeforeEnterEvent event, KioskRegistry registry) {
        List<String> fromUrl = event.getLocation().getQueryParameters().getParameters().getOrDefault(PARAMETER, List.of());
        VaadinSession session = VaadinSession.getCurrent();
        if (!fromUrl.isEmpty() && registry.find(fromUrl.getFirst()).isPresent()) {
            session.setAttribute(ATTRIBUTE, fromUrl.getFirst());
            rememberInCookie(fromUrl.getFirst());
        }
        KioskConfig kiosk = current(registry);
        UI ui = UI.getCurrent();
        if (ui != null) {
            markKioskScreen(ui, kiosk.id());
        }
        return kiosk;
    }

    /** This UI is a kiosk's screen: its heartbeats tell the fleet page that the kiosk is online. */
    public static void markKioskScreen(UI ui, String kioskId) {
        ComponentUtil.setData(ui, SCREEN_OF, kioskId);
    }

    /** The kiosk whose screen this UI is, if it is one. */
    public static Optional<String> kioskOfScreen(UI ui) {
        return Optional.ofNullable((String) ComponentUtil.getData(ui, SCREEN_OF));
    }

    public static KioskConfig current(KioskRegistry registry) {
        VaadinSession session = VaadinSession.getCurrent();
        String id = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        if (id == null) {
            VaadinRequest request = VaadinRequest.getCurrent();
            id = request == null ? null : fromCookie(request);
            if (id == null && request != null) {
                id = request.getHeader(HEADER);
            }
            KioskConfig kiosk = registry.findOrDefault(id);
            if (session != null) {
                session.setAttribute(ATTRIBUTE, kiosk.id());
            }
            return kiosk;
        }
        return registry.findOrDefault(id);
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

    private static String fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
    }

    private static void rememberInCookie(String kioskId) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, kioskId);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Strict");
            VaadinRequest request = VaadinRequest.getCurrent();
            cookie.setSecure(request != null && request.isSecure()); // HTTPS, directly or through the TLS proxy
            response.addCookie(cookie);
        }
    }
}
