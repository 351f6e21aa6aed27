package id.kiosmandiri.staff;

import org.springframework.security.authentication.LockedException;

import java.io.Serial;

/**
 * A staff login refused before its password was looked at: too many failures for the username or
 * from the address. A temporary lock, so Spring Security reports it as an
 * {@code AuthenticationFailureLockedEvent}.
 */
public class StaffLoginThrottledException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long secondsToWait;
    private final boolean byAddress;

    StaffLoginThrottledException(long secondsToWait, boolean byAddress) {
        super("too many failed logins " + (byAddress ? "from this address" : "for this username") + ": wait "
                + secondsToWait + " s");
        this.secondsToWait = secondsToWait;
        this.byAddress = byAddress;
    }

    public long secondsToWait() {
        return secondsToWait;
    }

    public boolean byAddress() {
        return byAddress;
    }
}
