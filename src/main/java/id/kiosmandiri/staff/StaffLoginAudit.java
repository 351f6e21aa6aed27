package id.kiosmandiri.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Staff logins, failed logins and logouts into the audit: Spring Security's authentication
 * events (published for every check of a username and password) and a logout handler (run before
 * the session is invalidated, so the account is still known).
 */
@Component
class StaffLoginAudit implements LogoutHandler {

    private final StaffAuditLog audit;
    private final StaffAccountRepository accounts;

    StaffLoginAudit(StaffAuditLog audit, StaffAccountRepository accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof StaffUser user) {
            audit.record(user.getUsername(), StaffAction.LOGIN, user.role().name(), user.branchCode(),
                    StaffAuthenticationProvider.addressOf(authentication));
        }
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String username = StaffAuditLog.cut(StaffUsernames.normalize(attempt.getName()), StaffAuditLog.USERNAME_LENGTH);
        String address = StaffAuthenticationProvider.addressOf(attempt);
        // the branch of the account the name belongs to, if any: the branch's own staff see attempts on it later
        String branch = StaffUsernames.valid(username)
                ? accounts.findByUsername(username).map(StaffAccount::getBranchCode).orElse(null) : null;
        if (event.getException() instanceof StaffLoginThrottledException throttled) {
            audit.record(username, StaffAction.LOGIN_THROTTLED, (throttled.byAddress() ? "address" : "username")
                    + " throttled, wait " + throttled.secondsToWait() + " s", branch, address);
        } else {
            // our own messages (unknown name, wrong password, disabled); of anything else only its kind
            String detail = event.getException() instanceof BadCredentialsException || event.getException() instanceof DisabledException
                    ? event.getException().getMessage() : event.getException().getClass().getSimpleName();
            audit.record(username, StaffAction.LOGIN_FAILED, detail, branch, address);
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            audit.record(user.getUsername(), StaffAction.LOGOUT, null, user.branchCode(), request.getRemoteAddr());
        }
    }
}
