package id.kiosmandiri.staff;

import java.io.Serial;

/**
 * A staff request the services refuse with words for the page: {@link #messageKey()} names them in
 * the message bundles. Nothing was changed.
 */
public abstract class StaffRefusal extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    StaffRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** A key of the message bundles. */
    public String messageKey() {
        return messageKey;
    }
}
