package id.kiosmandiri.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.member.LoginMethod;
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
    private final Clock clock;

    MemberSessions(KioskSessionService kioskSessions, Clock clock) {
        this.kioskSessions = kioskSessions;
        this.clock = clock;
    }

    public MemberSession begin(Long memberId, String kioskId, LoginMethod method) {
        Long id = kioskSessions.start(kioskId, memberId, method);
        MemberSession session = new MemberSession(memberId, kioskId, id, method, clock.instant());
        VaadinSession.getCurrent().setAttribute(MemberSession.class, session);
        return session;
    }

    public static Optional<MemberSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(MemberSession.class));
    }

    /**
     * Ends the member's session: recorded with its reason, removed from the browser session, the
     * HTTP session invalidated, and the browser sent back to the attract screen with a new session.
     */
    public void logout(SessionEndReason reason) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        MemberSession member = vaadinSession.getAttribute(MemberSession.class);
        String kioskId = member != null ? member.kioskId() : null;
        if (member != null) {
            kioskSessions.end(member.kioskSessionId(), reason);
            vaadinSession.setAttribute(MemberSession.class, null);
        }
        UI ui = UI.getCurrent();
        String target = kioskId == null ? "./" : "./?" + KioskContext.PARAMETER + "=" + kioskId;
        ui.getPage().setLocation(target);
        vaadinSession.getSession().invalidate();
    }
}
