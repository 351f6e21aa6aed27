package id.kiosmandiri.contribution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class BillService {

    private final ContributionRepository contributions;
    private final Clock clock;

    BillService(ContributionRepository contributions, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    /**
     * The member's own months without a deposit (due or not: a bill to pay), and the months their
     * employer reported and should have paid by now: a PU month before its due date is not late.
     */
    public OpenBills openBills(Long memberId) {
        LocalDate today = LocalDate.now(clock);
        List<ContributionLine> open = contributions.findOpenLines(memberId);
        return new OpenBills(
                open.stream().filter(l -> l.paidBy() == PaidBy.SELF).toList(),
                open.stream().filter(l -> l.paidBy() == PaidBy.EMPLOYER && l.dueDate().isBefore(today)).toList(),
                today);
    }
}
