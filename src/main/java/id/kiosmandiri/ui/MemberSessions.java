package id.kiosmandiri.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.member.LoginMethod;
import id.kiosmandiri.session.IdleTimer;
import id.kiosmandiri.session.KioskSessionService;
import id.kiosmandiri.session.SessionEndReason;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/** Starts and ends a member's time at the kiosk, in the browser session and in the records. */
@Component
public class MemberSessions {

    /** A card read on the attract screen waits here for the login screen (never in the URL). */
    public static final String PENDING_CARD = MemberSessions.class.getName() + ".pendingCard";

    private final KioskSessionService kioskSessions;
    private final ActiveMemberSessions active;
    private final KioskRegistry kiosks;
    private final Clock clock;

    MemberSessions(KioskSessionService kioskSessions, ActiveMemberSessions active, KioskRegistry kiosks, Clock clock) {
        this.kioskSessions = kioskSessions;
        this.active = active;
        this.kiosks = kiosks;
        this.clock = clock;
    }

    public MemberSession begin(Long memberId, String kioskId, LoginMethod method) {
        Long id = kioskSessions.start(kioskId, memberId, method);
        MemberSession session = new MemberSession(memberId, kioskId, id, method, clock.instant());
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        vaadinSession.setAttribute(MemberSession.class, session);
        active.register(id, kioskId, idleTimer(kioskId), vaadinSession);
        return session;
    }

    public IdleTimer idleTimer(String kioskId) {
        KioskConfig kiosk = kiosks.findOrDefault(kioskId);
        return IdleTimer.ofSeconds(kiosk.idleTimeoutSeconds(), kiosk.idleWarningSeconds());
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
        String kioskId = member != null ? member.kioskId() : KioskContext.current(kiosks).id();
        if (member != null) {
            active.forget(member.kioskSessionId());
            kioskSessions.end(member.kioskSessionId(), reason);
            vaadinSession.setAttribute(MemberSession.class, null);
        }
        UI.getCurrent().getPage().setLocation("./?" + KioskContext.PARAMETER + "=" + kioskId);
        vaadinSession.getSession().invalidate();
    }
}
