package id.kiosmandiri.demo;

import id.kiosmandiri.contribution.ContributionRules;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the generated wage earners' months of one year as they are generated (nothing kept, so
 * 2,000 members fit in a test): average reported wage, and how many months are between 1 and 2
 * times the minimum wage of the employer's province, below it, and at or above the JP wage cap.
 */
final class WageStatistics implements DemoRowSink {

    private final int year;
    private final ProvincialMinimumWages minimumWages;
    private final ContributionRules rules;
    private final Map<Long, String> employerProvince = new HashMap<>();
    final Map<Long, Integer> monthsAtOrAboveCapByMember = new HashMap<>();
    final Map<Long, Integer> monthsByMember = new HashMap<>();
    long months;
    long wageSum;
    /** The sum of each month's minimum wage (of its employer's province and year). */
    long minimumSum;
    long belowMinimum;
    long oneToTwoTimesMinimum;
    long atOrAboveCap;

    WageStatistics(int year, ProvincialMinimumWages minimumWages, ContributionRules rules) {
        this.year = year;
        this.minimumWages = minimumWages;
        this.rules = rules;
    }

    @Override
    public void employer(Object[] row) {
        employerProvince.put((Long) row[0], DemoDataGenerator.BRANCH_PROVINCE.get((String) row[6]));
    }

    @Override
    public void contribution(Object[] row) {
        if (!"PU".equals(row[4]) || ((Date) row[3]).toLocalDate().getYear() != year) {
            return;
        }
        long memberId = (Long) row[1];
        long wage = (Long) row[5];
        long minimum = minimumWages.amount(employerProvince.get((Long) row[2]), year);
        long cap = rules.jpWageCap(((Date) row[3]).toLocalDate());
        months++;
        wageSum += wage;
        minimumSum += minimum;
        monthsByMember.merge(memberId, 1, Integer::sum);
        if (wage < minimum) {
            belowMinimum++;
        } else if (wage <= 2 * minimum) {
            oneToTwoTimesMinimum++;
        }
        if (wage >= cap) {
            atOrAboveCap++;
            monthsAtOrAboveCapByMember.merge(memberId, 1, Integer::sum);
        }
    }

    long average() {
        return wageSum / months;
    }

    /** The average wage as a multiple of the average minimum wage that applied to the same months. */
    double timesMinimum() {
        return (double) wageSum / minimumSum;
    }

    double share(long count) {
        return (double) count / months;
    }

    String report() {
        return "%d wage earners' months of %d: average reported wage Rp %,d (%.2f times their UMP); %.1f %% between 1 and 2 times the UMP; "
                .formatted(months, year, average(), timesMinimum(), 100 * share(oneToTwoTimesMinimum))
                + "%.1f %% below the UMP; %.1f %% at or above the JP wage cap"
                .formatted(100 * share(belowMinimum), 100 * share(atOrAboveCap));
    }

    @Override public void member(Object[] row) { }
    @Override public void card(Object[] row) { }
    @Override public void employment(Object[] row) { }
    @Override public void flush() { }
}
