package id.kiosmandiri.session;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The usage records of logins, for the staff dashboard: written when the member module's events
 * arrive, after the login's transaction committed. The events are kept in Spring Modulith's
 * publication registry until this is done, so a crash in between loses none.
 */
@Component
class LoginUsageRecorder {

    static final String ATTEMPT = "login-attempt";
    static final String LOGIN = "login";
    static final String LOCKOUT = "lockout";

    private final KioskSessionService sessions;

    LoginUsageRecorder(KioskSessionService sessions) {
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(LoginAttempted attempt) {
        sessions.record(attempt.kioskId(), null, ATTEMPT, attempt.method() == null ? null : attempt.method().name());
    }

    @ApplicationModuleListener
    void on(MemberLoggedIn login) {
        sessions.record(login.kioskId(), null, LOGIN, login.method().name());
    }

    @ApplicationModuleListener
    void on(MemberLockedOut lockout) {
        // no method: the member was logged in and confirmed an action with a wrong PIN
        sessions.record(lockout.kioskId(), null, LOCKOUT, lockout.method() == null ? "SESSION" : lockout.method().name());
    }
}
