package id.kiosmandiri.contribution;

/**
 * A year of a member's contributions, all cards together, as read on one day. Every month is
 * paid (on time or late), unpaid (past its due date) or not due yet; late months are part of paid.
 */
public record YearSummary(int year, long months, long paidMonths, long lateMonths, long unpaidMonths, long notDueMonths,
                          long jht, long jp, long jkk, long jkm, long latePenalty) {

    public YearSummary {
        if (paidMonths + unpaidMonths + notDueMonths != months || lateMonths > paidMonths) {
            throw new IllegalArgumentException("year " + year + ": " + paidMonths + " paid (" + lateMonths + " late) + "
                    + unpaidMonths + " unpaid + " + notDueMonths + " not due must be " + months + " months");
        }
    }

    public long total() {
        return jht + jp + jkk + jkm;
    }
}
