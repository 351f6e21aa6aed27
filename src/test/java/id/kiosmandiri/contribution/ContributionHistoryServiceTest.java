package id.kiosmandiri.contribution;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static id.kiosmandiri.contribution.ContributionLine.Status.LATE;
import static id.kiosmandiri.contribution.ContributionLine.Status.ON_TIME;
import static id.kiosmandiri.contribution.ContributionLine.Status.UNPAID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ContributionHistoryService} for a member with 25 years of months (January 2001 to December
 * 2025, 300 rows) on one card.
 *
 * <p>Year Y has the wage 2,000,000 + (Y - 2000) x 100,000 and the amounts JHT 3.7% + 2%, JP 2% + 1%
 * (only from July 2015), JKK 0.24%, JKM 0.3% of it. Every month is deposited 3 days before its due
 * date (the 15th of the next month), except in 2024: September is deposited on the due date itself,
 * October 5 days late (penalty 7,500), November 40 days late (penalty 15,000), December is unpaid.
 * Read on {@link #TODAY}, when every one of these months is past its due date.
 */
@IntegrationTest
class ContributionHistoryServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Autowired
    ContributionHistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private TestData data;
    private long member;

    @BeforeEach
    void writeTwentyFiveYears() {
        data = new TestData(jdbc, clock);
        long employer = data.employer("99990201", "PT Uji Riwayat", 1);
        member = data.member("3404011505850201", "Uji Riwayat Panjang", Segment.PU, MemberStatus.ACTIVE);
        long card = data.card(member, "19999000201", Segment.PU, employer, LocalDate.of(2001, 1, 1),
                LocalDate.of(2015, 7, 1), true);
        List<TestData.Month> months = new ArrayList<>();
        for (LocalDate p = LocalDate.of(2001, 1, 1); p.getYear() <= 2025; p = p.plusMonths(1)) {
            long wage = 2_000_000 + (p.getYear() - 2000) * 100_000L;
            boolean jp = !p.isBefore(LocalDate.of(2015, 7, 1));
            // test data, not expectations: every wage is a multiple of 100,000, so all parts are whole
            ContributionAmounts amounts = TestData.amounts(wage, wage * 37 / 1000, wage * 2 / 100,
                    jp ? wage * 2 / 100 : 0, jp ? wage / 100 : 0, wage * 24 / 10_000, wage * 3 / 1000);
            LocalDate due = p.plusMonths(1).withDayOfMonth(15);
            LocalDate deposit = due.minusDays(3);
            long penalty = 0;
            if (p.equals(LocalDate.of(2024, 9, 1))) {
                deposit = due;
            } else if (p.equals(LocalDate.of(2024, 10, 1))) {
                deposit = due.plusDays(5);
                penalty = 7_500;
            } else if (p.equals(LocalDate.of(2024, 11, 1))) {
                deposit = due.plusDays(40);
                penalty = 15_000;
            } else if (p.equals(LocalDate.of(2024, 12, 1))) {
                deposit = null;
            }
            months.add(new TestData.Month(card, member, employer, p, Segment.PU, amounts, due, deposit,
                    deposit == null ? null : deposit.plusDays(2), penalty, PaidBy.EMPLOYER));
        }
        data.contributions(months);
    }

    @AfterEach
    void removeMember() {
        data.deleteAll();
    }

    @Test
    void aYearsPageHoldsThatYearsTwelveMonthsNewestFirst() {
        Page<ContributionLine> page = history.page(member, 2024, PageRequest.of(0, 12));

        assertThat(page.getTotalElements()).isEqualTo(12);
        assertThat(page.getTotalPages()).isEqualTo(1);
        assertThat(page.getContent()).extracting(ContributionLine::period).containsExactly(
                LocalDate.of(2024, 12, 1), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 1), LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1));
        assertThat(page.getContent()).extracting(l -> l.status(TODAY)).containsExactly(
                UNPAID, LATE, LATE, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME);

        ContributionLine october = page.getContent().get(2);
        assertThat(october.kpj()).isEqualTo("19999000201");
        assertThat(october.employerName()).isEqualTo("PT Uji Riwayat");
        assertThat(october.segment()).isEqualTo(Segment.PU);
        assertThat(october.paidBy()).isEqualTo(PaidBy.EMPLOYER);
        assertThat(october.reportedWage()).isEqualTo(4_400_000);   // 2,000,000 + 24 x 100,000
        assertThat(october.jht()).isEqualTo(250_800);              // 4,400,000 x 5.7% = 162,800 + 88,000
        assertThat(october.jp()).isEqualTo(132_000);               // 4,400,000 x 3%   =  88,000 + 44,000
        assertThat(october.jkk()).isEqualTo(10_560);               // 4,400,000 x 0.24%
        assertThat(october.jkm()).isEqualTo(13_200);               // 4,400,000 x 0.3%
        assertThat(october.total()).isEqualTo(406_560);            // 250,800 + 132,000 + 10,560 + 13,200
        assertThat(october.dueDate()).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(october.depositDate()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(october.postingDate()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(october.latePenalty()).isEqualTo(7_500);
        // deposited on the due date itself: on time
        assertThat(page.getContent().get(3).depositDate()).isEqualTo(page.getContent().get(3).dueDate());
        assertThat(page.getContent().get(0).depositDate()).isNull();
        assertThat(page.getContent().get(0).postingDate()).isNull();
    }

    @Test
    void smallerPagesWalkThroughTheYear() {
        Page<ContributionLine> second = history.page(member, 2024, PageRequest.of(1, 5));
        assertThat(second.getTotalElements()).isEqualTo(12);
        assertThat(second.getTotalPages()).isEqualTo(3);
        assertThat(second.getContent()).extracting(ContributionLine::period).containsExactly(
                LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 1));

        Page<ContributionLine> last = history.page(member, 2024, PageRequest.of(2, 5));
        assertThat(last.getContent()).extracting(ContributionLine::period)
                .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1));
        assertThat(last.isLast()).isTrue();
    }

    @Test
    void firstYearAndYearsWithoutMonths() {
        Page<ContributionLine> first = history.page(member, 2001, PageRequest.of(0, 12));
        assertThat(first.getContent()).hasSize(12);
        assertThat(first.getContent()).allSatisfy(l -> assertThat(l.period().getYear()).isEqualTo(2001));
        assertThat(first.getContent().getFirst().reportedWage()).isEqualTo(2_100_000); // 2,000,000 + 1 x 100,000
        assertThat(first.getContent().getFirst().jp()).isZero();                         // before JP existed

        assertThat(history.page(member, 2000, PageRequest.of(0, 12)).getTotalElements()).isZero();
        assertThat(history.page(member, 2026, PageRequest.of(0, 12)).getContent()).isEmpty();
    }

    @Test
    void yearSummariesNewestFirstWithHandSums() {
        List<YearSummary> years = history.yearSummaries(member, TODAY);

        assertThat(years).hasSize(25);
        assertThat(years).extracting(YearSummary::year).startsWith(2025, 2024, 2023).endsWith(2002, 2001);
        assertThat(years).isSortedAccordingTo((a, b) -> Integer.compare(b.year(), a.year()));

        // 2024, wage 4,400,000: 12 months, 11 paid, 2 late (Oct, Nov), 1 unpaid (Dec), none not due
        // JHT 12 x 250,800 = 3,009,600; JP 12 x 132,000 = 1,584,000; JKK 12 x 10,560 = 126,720;
        // JKM 12 x 13,200 = 158,400; penalties 7,500 + 15,000 = 22,500
        YearSummary y2024 = years.get(1);
        assertThat(y2024).isEqualTo(new YearSummary(2024, 12, 11, 2, 1, 0, 3_009_600, 1_584_000, 126_720, 158_400, 22_500));
        // 3,009,600 + 1,584,000 + 126,720 + 158,400
        assertThat(y2024.total()).isEqualTo(4_878_720);

        // 2015, wage 3,500,000: JHT 12 x 199,500 (129,500 + 70,000) = 2,394,000;
        // JP only July..December: 6 x 105,000 (70,000 + 35,000) = 630,000;
        // JKK 12 x 8,400 = 100,800; JKM 12 x 10,500 = 126,000; all on time
        YearSummary y2015 = years.stream().filter(y -> y.year() == 2015).findFirst().orElseThrow();
        assertThat(y2015).isEqualTo(new YearSummary(2015, 12, 12, 0, 0, 0, 2_394_000, 630_000, 100_800, 126_000, 0));

        // 2001, wage 2,100,000: JHT 12 x 119,700 (77,700 + 42,000) = 1,436,400; no JP;
        // JKK 12 x 5,040 = 60,480; JKM 12 x 6,300 = 75,600
        assertThat(years.getLast()).isEqualTo(new YearSummary(2001, 12, 12, 0, 0, 0, 1_436_400, 0, 60_480, 75_600, 0));
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {1, 5, 12, 50, 500})
    void aPageTakesAtMostTwoStatementsWhateverItsSize(int size) {
        int expectedRows = Math.min(size, 12);
        long statements = countStatements(() -> history.page(member, 2024, PageRequest.of(0, size)).getContent().size(),
                expectedRows);
        // the data query, plus the count query when the page is full
        assertThat(statements).isBetween(1L, 2L);
    }

    @Test
    void aLaterPageAlsoTakesTwoStatements() {
        long statements = countStatements(() -> history.page(member, 2024, PageRequest.of(1, 5)).getContent().size(), 5);
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void yearSummariesTakeTwoStatements() {
        // the sums, and each month's dates (its status is decided in Java, by the month lines' rule)
        assertThat(countStatements(() -> history.yearSummaries(member, TODAY).size(), 25)).isEqualTo(2);
    }

    /** Runs the call with Hibernate statistics on and returns how many JDBC statements it prepared. */
    private long countStatements(Supplier<Integer> call, int expectedRows) {
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            int rows = call.get();
            long statements = stats.getPrepareStatementCount();
            assertThat(rows).isEqualTo(expectedRows);
            // projections only: no entity or collection is loaded row by row
            assertThat(stats.getEntityLoadCount()).isZero();
            assertThat(stats.getCollectionLoadCount()).isZero();
            return statements;
        } finally {
            stats.clear();
            stats.setStatisticsEnabled(wasEnabled);
        }
    }
}
