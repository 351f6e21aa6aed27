package id.kiosmandiri.contribution;

import java.time.LocalDate;

/**
 * The one rule for "is this month past due", used by the month lines, the bills and the year
 * summary, so they never disagree about a month.
 */
public final class DueDates {

    private DueDates() {
    }

    /**
     * Whether the due date has passed on {@code day}: only from the day after it. On the due date
     * itself a month is not late yet (paying on that day is on time).
     */
    public static boolean passed(LocalDate dueDate, LocalDate day) {
        return day.isAfter(dueDate);
    }
}
