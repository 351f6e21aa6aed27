package id.kiosmandiri.profile;

import java.io.Serial;

/** A new contact value the rules refuse ({@link ContactRules}); nothing was stored. */
public class ContactRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    ContactRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The message bundles' key for the member's screen ({@code update.error.*}). */
    public String messageKey() {
        return messageKey;
    }
}
