package id.kiosmandiri.staff;

import java.io.Serial;

/**
 * A date range the analytics refuse (to before from, or too long), e.g. {@code staff.analytics.error.too-long}
 * (its one parameter: the most days).
 */
public class AnalyticsRangeException extends StaffRefusal {

    @Serial
    private static final long serialVersionUID = 1L;

    AnalyticsRangeException(String messageKey) {
        super(messageKey);
    }
}
