package id.kiosmandiri.staff;

import java.io.Serial;

/** An account change that cannot be made; {@link #messageKey()} names the words for the admin. */
public class StaffAccountException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    StaffAccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** A key of the message bundles, e.g. {@code staff.accounts.error.username-taken}. */
    public String messageKey() {
        return messageKey;
    }
}
