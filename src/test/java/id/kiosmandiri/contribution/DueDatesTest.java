package id.kiosmandiri.contribution;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.kiosmandiri.contribution.ContributionLine.Status.LATE;
import static id.kiosmandiri.contribution.ContributionLine.Status.NOT_DUE;
import static id.kiosmandiri.contribution.ContributionLine.Status.ON_TIME;
import static id.kiosmandiri.contribution.ContributionLine.Status.UNPAID;
import static org.assertj.core.api.Assertions.assertThat;

class DueDatesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 7, 15);

    @Test
    void notPassedBeforeTheDueDate() {
        assertThat(DueDates.passed(DUE, DUE.minusDays(1))).isFalse();
    }

    @Test
    void notPassedOnTheDueDateItself() {
        assertThat(DueDates.passed(DUE, DUE)).isFalse();
    }

    @Test
    void passedFromTheDayAfter() {
        assertThat(DueDates.passed(DUE, DUE.plusDays(1))).isTrue();
        assertThat(DueDates.passed(DUE, DUE.plusYears(3))).isTrue();
    }

    @Test
    void aMonthWithoutDepositIsNotDueUntilTheDayAfterItsDueDate() {
        assertThat(ContributionLine.Status.of(DUE, null, DUE.minusDays(1))).isEqualTo(NOT_DUE);
        assertThat(ContributionLine.Status.of(DUE, null, DUE)).isEqualTo(NOT_DUE);
        assertThat(ContributionLine.Status.of(DUE, null, DUE.plusDays(1))).isEqualTo(UNPAID);
    }

    @Test
    void aDepositIsLateByTheSameRuleWhateverDayItIsRead() {
        LocalDate later = DUE.plusYears(1);
        assertThat(ContributionLine.Status.of(DUE, DUE.minusDays(3), later)).isEqualTo(ON_TIME);
        assertThat(ContributionLine.Status.of(DUE, DUE, later)).isEqualTo(ON_TIME);
        assertThat(ContributionLine.Status.of(DUE, DUE.plusDays(1), later)).isEqualTo(LATE);
    }
}
