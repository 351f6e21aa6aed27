package id.kiosmandiri.contribution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class BillService {

    private final ContributionRepository contributions;

    BillService(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    /**
     * The member's own months without a deposit (due or not: a bill to pay), and the months their
     * employer reported and should have paid by {@code today}: a PU month before its due date is not late.
     *
     * @param today the day at the member's kiosk (its branch's time zone)
     */
    public OpenBills openBills(Long memberId, LocalDate today) {
        List<ContributionLine> open = contributions.findOpenLines(memberId);
        return new OpenBills(
                open.stream().filter(l -> l.paidBy() == PaidBy.SELF).toList(),
                open.stream().filter(l -> l.paidBy() == PaidBy.EMPLOYER && DueDates.passed(l.dueDate(), today)).toList(),
                today);
    }
}
