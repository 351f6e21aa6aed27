package id.kiosmandiri.profile;

import java.io.Serial;

/** A staff decision on a change request that cannot be made; nothing was changed. */
public class DecisionRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No such request. */
        NOT_FOUND,
        /** Approved, rejected or superseded before. */
        ALREADY_DECIDED,
        /** The member's value is no longer the one the request was made against. */
        CONFLICT,
        /** A reject reason that is too short, too long or holds control characters. */
        INVALID_REASON
    }

    private final Reason reason;

    DecisionRefused(Reason reason, long requestId) {
        super(reason + " (request " + requestId + ")");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
