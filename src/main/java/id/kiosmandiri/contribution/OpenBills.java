package id.kiosmandiri.contribution;

import java.time.LocalDate;
import java.util.List;

/**
 * What a member still owes or is owed: their own BPU months not paid yet, and PU months their
 * employer reported but did not pay.
 */
public record OpenBills(List<ContributionLine> ownMonths, List<ContributionLine> employerUnpaidMonths,
                        LocalDate today) {

    /** Sum of the member's own open months. */
    public long ownTotal() {
        return ownMonths.stream().mapToLong(ContributionLine::total).sum();
    }

    /** Whether this open month's due date has passed on {@link #today()}. */
    public boolean overdue(ContributionLine line) {
        return DueDates.passed(line.dueDate(), today);
    }

    /** Own months whose due date has passed. */
    public long ownOverdueMonths() {
        return ownMonths.stream().filter(this::overdue).count();
    }

    /** After this many unpaid months a BPU membership becomes inactive. */
    public boolean ownMembershipAtRisk() {
        return ownOverdueMonths() >= ContributionRules.BPU_UNPAID_MONTHS_TO_INACTIVE;
    }

    public boolean isEmpty() {
        return ownMonths.isEmpty() && employerUnpaidMonths.isEmpty();
    }
}
