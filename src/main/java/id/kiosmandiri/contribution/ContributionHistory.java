package id.kiosmandiri.contribution;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.Optional;

/** Everything the payment-details screen shows for one year and one page, from one service call. */
public record ContributionHistory(List<YearSummary> years, int year, Page<ContributionLine> page) {

    public Optional<YearSummary> selectedYear() {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }
}
