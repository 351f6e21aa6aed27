package id.kiosmandiri.staff;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a staff login in three steps, like the member PIN check: the attempt is taken by the
 * throttle (and counted as a failure) first; then the password is checked with no database
 * connection held (against a dummy hash when the name is unknown, so every answer costs one BCrypt
 * check); only a right password for an enabled account takes the attempt back.
 *
 * <p>The exceptions' messages are for the audit (unknown name, wrong password, disabled); the
 * login page shows one plain message for all of them.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    static final String UNKNOWN = "unknown username";
    static final String WRONG_PASSWORD = "wrong password";
    static final String DISABLED = "account disabled";
    static final int MAX_PASSWORD_LENGTH = 128;

    private final StaffUserDetailsService users;
    private final StaffLoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    StaffAuthenticationProvider(StaffUserDetailsService users, StaffLoginThrottle throttle, StaffPasswords passwords) {
        this.users = users;
        this.throttle = throttle;
        this.passwords = passwords.encoder();
        this.dummyHash = this.passwords.encode("no staff account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = StaffAuditLog.cut(StaffUsernames.normalize(authentication.getName()), StaffAuditLog.USERNAME_LENGTH);
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        String address = addressOf(authentication);

        StaffLoginThrottle.Attempt attempt = throttle.take(username, address);
        if (attempt instanceof StaffLoginThrottle.Attempt.MustWait wait) {
            throw new StaffLoginThrottledException(wait.seconds(), wait.byAddress());
        }
        long failureId = ((StaffLoginThrottle.Attempt.Counted) attempt).failureId();

        StaffUser user = find(username);
        // BCrypt looks at 72 bytes at most; a longer "password" is refused after the same work
        boolean right = passwords.matches(password.length() > MAX_PASSWORD_LENGTH ? "" : password,
                user == null ? dummyHash : user.getPassword());
        if (user == null) {
            throw new BadCredentialsException(UNKNOWN);
        }
        if (!right || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
            throw new BadCredentialsException(WRONG_PASSWORD);
        }
        if (!user.isEnabled()) {
            throw new DisabledException(DISABLED); // still counted: a disabled account is no way around the throttle
        }
        throttle.forgive(failureId);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user.withoutPassword(), null, user.getAuthorities());
        signedIn.setDetails(authentication.getDetails());
        return signedIn;
    }

    private StaffUser find(String username) {
        if (!StaffUsernames.valid(username)) {
            return null; // no account can have it: no query
        }
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return StaffAuditLog.cut(web.getRemoteAddress(), StaffAuditLog.ADDRESS_LENGTH);
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
