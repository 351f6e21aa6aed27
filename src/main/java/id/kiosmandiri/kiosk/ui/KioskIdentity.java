package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskDevices;
import id.kiosmandiri.kiosk.EnrolmentPolicy;
import id.kiosmandiri.kiosk.KioskRegistry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Which kiosk this browser is.
 * <ul>
 * <li>With enrolment required ({@code kiosk.enrolment.required}, production): only the device credential
 * that branch staff gave the browser at {@code /enrol} ({@link KioskDevices}) decides. It is checked afresh
 * each time the browser comes to a kiosk's start, login or help screen, so a revoked kiosk can start no
 * new login; a browser without a valid credential is no kiosk, and {@code ?kiosk=} and
 * {@code X-Kiosk-Id} are ignored.</li>
 * <li>Without (the demo): chosen at first contact by the URL parameter {@code kiosk} or the header
 * {@code X-Kiosk-Id}, else the default kiosk; then kept in the session and in a cookie, so a new session
 * after a logout is still the same kiosk.</li>
 * </ul>
 */
@Component
public class KioskIdentity {

    /** Five years: a kiosk PC keeps its enrolment until staff revoke it or it is enrolled again. */
    static final int DEVICE_COOKIE_SECONDS = 5 * 365 * 24 * 3600;
    /** The credential given in this session, until the browser sends it back as a cookie. */
    private static final String CREDENTIAL = KioskIdentity.class.getName() + ".credential";

    private final KioskRegistry registry;
    private final KioskDevices devices;

    private final EnrolmentPolicy policy;

    KioskIdentity(KioskRegistry registry, KioskDevices devices, EnrolmentPolicy policy) {
        this.registry = registry;
        this.devices = devices;
        this.policy = policy;
    }

    public boolean enrolmentRequired() {
        return policy.required();
    }

    /**
     * The kiosk whose screen is being opened (its start, login or help screen), marked on the UI for the
     * fleet page; empty when enrolment is required and this browser is not, or no longer, enrolled.
     */
    public Optional<KioskConfig> resolve(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        Optional<KioskConfig> kiosk;
        if (policy.required()) {
            kiosk = enrolledKiosk(session);
        } else {
            List<String> fromUrl = event.getLocation().getQueryParameters().getParameters().getOrDefault(KioskContext.PARAMETER, List.of());
            if (!fromUrl.isEmpty() && registry.find(fromUrl.getFirst()).isPresent()) {
                session.setAttribute(KioskContext.ATTRIBUTE, fromUrl.getFirst());
                KioskContext.rememberInCookie(fromUrl.getFirst());
            }
            kiosk = current();
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            kiosk.ifPresent(k -> KioskContext.markKioskScreen(ui, k.id()));
        }
        return kiosk;
    }

    /** This session's kiosk, as last resolved; empty when enrolment is required and the browser is not enrolled. */
    public Optional<KioskConfig> current() {
        VaadinSession session = VaadinSession.getCurrent();
        String id = session == null ? null : (String) session.getAttribute(KioskContext.ATTRIBUTE);
        if (id != null) {
            return registry.find(id);
        }
        if (policy.required()) {
            return enrolledKiosk(session);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String claimed = request == null ? null : KioskContext.fromCookie(request, KioskContext.COOKIE);
        if (claimed == null && request != null) {
            claimed = request.getHeader(KioskContext.HEADER);
        }
        KioskConfig kiosk = registry.findOrDefault(claimed);
        if (session != null) {
            session.setAttribute(KioskContext.ATTRIBUTE, kiosk.id());
        }
        return Optional.of(kiosk);
    }

    /** This session's kiosk, or the default kiosk (for its language) when the browser is no kiosk. */
    public KioskConfig currentOrDefault() {
        return current().orElseGet(registry::defaultKiosk);
    }

    /**
     * The kiosk this session was last known as, or the default kiosk, without asking the database: for
     * what must work while the database is away (the error screen's timer, the way back to the start).
     */
    public KioskConfig lastKnownOrDefault() {
        VaadinSession session = VaadinSession.getCurrent();
        String id = session == null ? null : (String) session.getAttribute(KioskContext.ATTRIBUTE);
        if (id == null && !policy.required()) {
            return currentOrDefault(); // the claimed kiosk (cookie, header): no database either
        }
        return registry.findOrDefault(id);
    }

    /** The browser just enrolled: it keeps its credential in an HttpOnly cookie and is this kiosk from now on. */
    public void enrolled(String kioskId, String credential) {
        KioskContext.setCookie(KioskContext.DEVICE_COOKIE, credential, DEVICE_COOKIE_SECONDS);
        VaadinSession.getCurrent().setAttribute(CREDENTIAL, credential);
        VaadinSession.getCurrent().setAttribute(KioskContext.ATTRIBUTE, kioskId);
    }

    /** The kiosk the browser's device credential names, checked in the database, and kept in the session. */
    private Optional<KioskConfig> enrolledKiosk(VaadinSession session) {
        Optional<KioskConfig> kiosk = devices.kioskOf(credential(session)).flatMap(registry::find);
        if (session != null) {
            session.setAttribute(KioskContext.ATTRIBUTE, kiosk.map(KioskConfig::id).orElse(null));
        }
        return kiosk;
    }

    /** The browser's device credential: its cookie, or the one it was just given in this session. */
    private static String credential(VaadinSession session) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String fromCookie = request == null ? null : KioskContext.fromCookie(request, KioskContext.DEVICE_COOKIE);
        if (fromCookie != null || session == null) {
            return fromCookie;
        }
        return (String) session.getAttribute(CREDENTIAL);
    }

    public KioskRegistry registry() {
        return registry;
    }
}
