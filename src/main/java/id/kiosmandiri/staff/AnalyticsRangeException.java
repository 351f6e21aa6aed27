package id.kiosmandiri.staff;

import java.io.Serial;

/** A date range the analytics refuse (to before from, or too long); {@link #messageKey()} names the words for the page. */
public class AnalyticsRangeException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    AnalyticsRangeException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** A key of the message bundles, e.g. {@code staff.analytics.error.too-long} (its one parameter: the most days). */
    public String messageKey() {
        return messageKey;
    }
}
