package id.kiosmandiri.session;

import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.session.ui.IdleGuard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskState;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.ui.KioskIdentity;
import id.kiosmandiri.session.IdleTimer;
import id.kiosmandiri.session.KioskSessionService;
import id.kiosmandiri.session.SessionEndReason;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** Starts and ends a member's time at the kiosk, in the browser session and in the records. */
@Component
public class MemberSessions {

    /** The member screen shown last, where "Coba lagi" on an error screen goes back to. */
    private static final String LAST_SCREEN = MemberSessions.class.getName() + ".lastScreen";
    /** The usage event of a feature opened ({@link #used}). */
    static final String FEATURE_EVENT = "feature";
    private static final Pattern FEATURE_NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private final KioskSessionService kioskSessions;
    private final ActiveMemberSessions active;
    private final KioskRegistry kiosks;
    private final KioskIdentity identity;
    private final Clock clock;
    private final KioskPresence presence;
    private final TaskScheduler scheduler;

    MemberSessions(KioskSessionService kioskSessions, ActiveMemberSessions active, KioskRegistry kiosks, Clock clock,
                   KioskPresence presence, TaskScheduler scheduler, KioskIdentity identity) {
        this.scheduler = scheduler;
        this.kioskSessions = kioskSessions;
        this.presence = presence;
        this.active = active;
        this.kiosks = kiosks;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Starts a member's session. The HTTP session gets a new id first (Vaadin moves the UI over to
     * it), so an id seen or planted before the login is worth nothing after it (session fixation).
     */
    public MemberSession begin(Long memberId, String kioskId, LoginMethod method) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            VaadinService.reinitializeSession(request);
        }
        Long id = kioskSessions.start(kioskId, memberId, method);
        MemberSession session = new MemberSession(memberId, kioskId, id, method, clock.instant());
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        vaadinSession.setAttribute(MemberSession.class, session);
        active.register(id, kioskId, idleTimer(kioskId), vaadinSession);
        presence.changed(kioskId, KioskState.MEMBER);
        return session;
    }

    /**
     * The member opened one of the features ({@code balance}, {@code contributions}, ...): recorded as
     * {@code feature:<name>} for the current member session, for the staff dashboard. Nothing happens
     * outside a member session. A name is lower-case letters, digits and '-', never data.
     */
    public void used(String feature) {
        if (feature == null || !FEATURE_NAME.matcher(feature).matches()) {
            throw new IllegalArgumentException("feature names are 1-40 of a-z, 0-9 and '-': " + feature);
        }
        current().ifPresent(member -> kioskSessions.record(member.kioskId(), member.kioskSessionId(), FEATURE_EVENT, feature));
    }

    public IdleTimer idleTimer(String kioskId) {
        KioskConfig kiosk = kiosks.findOrDefault(kioskId);
        return IdleTimer.ofSeconds(kiosk.idleTimeoutSeconds(), kiosk.idleWarningSeconds());
    }

    /**
     * The idle guard of a screen: on a member's screen it logs the member out (IDLE) and its clock is
     * the server-wide one the sweep also reads; on any other screen it goes back to the attract screen.
     */
    public IdleGuard idleGuard() {
        Optional<MemberSession> member = current();
        if (member.isPresent()) {
            String kioskId = member.get().kioskId();
            IdleGuard guard = new IdleGuard(idleTimer(kioskId), clock, active.activityClock(member.get().kioskSessionId()),
                    () -> logout(SessionEndReason.IDLE), scheduler);
            // the fleet page shows a kiosk whose member may have walked away
            guard.onWarning(() -> presence.changed(kioskId, KioskState.WARNING), () -> presence.changed(kioskId, KioskState.MEMBER));
            return guard;
        }
        return new IdleGuard(idleTimer(identity.lastKnownOrDefault().id()), clock, IdleGuard.ActivityClock.local(clock),
                () -> UI.getCurrent().navigate(AttractView.class), scheduler);
    }

    /**
     * A screen that goes back to the start by itself after {@code seconds} without input (no warning):
     * a member is logged out with {@code reason}. It needs no database to do so.
     */
    public IdleGuard backToStartAfter(int seconds, SessionEndReason reason) {
        return new IdleGuard(IdleTimer.ofSeconds(seconds, 0), clock, IdleGuard.ActivityClock.local(clock),
                () -> backToStart(reason), scheduler);
    }

    /** Logs a member out with {@code reason}, or takes the screen back to the start. */
    public void backToStart(SessionEndReason reason) {
        if (current().isPresent()) {
            logout(reason);
        } else {
            KioskContext.startOver(UI.getCurrent(), identity.lastKnownOrDefault().id());
        }
    }

    /** Notes the member screen just shown (path and query), for "Coba lagi" after a failure. */
    public static void rememberScreen(String location) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(LAST_SCREEN, location);
        }
    }

    /** The member screen shown last, or the menu. */
    public static String lastScreen() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getAttribute(LAST_SCREEN);
        return last == null ? "home" : (String) last;
    }

    public static Optional<MemberSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(MemberSession.class));
    }

    /**
     * Ends the member's session: recorded with its reason, removed from the browser session, the
     * HTTP session invalidated (closing the Vaadin session alone would keep it), and the browser
     * sent back to the attract screen, where it starts a new session with a new id.
     */
    public void logout(SessionEndReason reason) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        MemberSession member = vaadinSession.getAttribute(MemberSession.class);
        String kioskId = member != null ? member.kioskId() : identity.lastKnownOrDefault().id();
        if (member != null) {
            active.end(member.kioskSessionId(), reason);
            vaadinSession.setAttribute(MemberSession.class, null);
        }
        UI ui = UI.getCurrent();
        KioskContext.startOver(ui, kioskId);
        if (VaadinRequest.getCurrent() == null) {
            ui.push(); // ended by the server's idle timer: the browser hears it before the session is gone
        }
        vaadinSession.getSession().invalidate();
    }
}
