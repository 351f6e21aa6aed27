package id.kiosmandiri.contribution;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A member's payment details across all their cards, paged in SQL. */
@Service
@Transactional(readOnly = true)
public class ContributionHistoryService {

    private final ContributionRepository contributions;
    private final Clock clock;

    ContributionHistoryService(ContributionRepository contributions, Clock clock) {
        this.contributions = contributions;
        this.clock = clock;
    }

    /** Every year the member has months in, newest first, with that year's totals. */
    public List<YearSummary> yearSummaries(Long memberId) {
        return contributions.findYearSummaries(memberId);
    }

    /**
     * The years, and one page of the chosen year's months (the newest year when none is chosen).
     */
    public ContributionHistory history(Long memberId, Integer year, Pageable pageable) {
        List<YearSummary> years = yearSummaries(memberId);
        int chosen = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.getFirst().year();
        return new ContributionHistory(years, chosen, page(memberId, chosen, pageable));
    }

    /** One page of a year's months, newest first. */
    public Page<ContributionLine> page(Long memberId, int year, Pageable pageable) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return contributions.findLines(memberId, from, from.plusYears(1), pageable);
    }
}
