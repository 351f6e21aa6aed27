package id.kiosmandiri.contribution;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference tables as migrated (V3), checked against their regulations: the JP wage cap
 * recomputed from BPS's GDP growth with PP 45/2015's formula row by row, holidays and cuti bersama
 * for every year 2015-2027, and the due dates the issue names.
 */
@IntegrationTest
class ReferenceDataTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ContributionRulesProvider rulesProvider;

    @Test
    void everyJpWageCapFollowsPp45Of2015FromTheGdpSeries() {
        Map<Integer, BigDecimal> growth = new LinkedHashMap<>();
        jdbc.query("SELECT year, growth_percent FROM gdp_growth ORDER BY year",
                rs -> { growth.put(rs.getInt(1), rs.getBigDecimal(2)); });
        Map<LocalDate, Long> caps = new LinkedHashMap<>();
        jdbc.query("SELECT effective_from, cap FROM jp_wage_cap ORDER BY effective_from",
                rs -> { caps.put(rs.getDate(1).toLocalDate(), rs.getLong(2)); });

        assertThat(caps.get(LocalDate.of(2015, 7, 1))).as("PP 45/2015: Rp 7,000,000 from July 2015").isEqualTo(7_000_000L);
        long cap = 7_000_000L;
        int checked = 0;
        for (Map.Entry<LocalDate, Long> row : caps.entrySet()) {
            if (row.getKey().getYear() == 2015) {
                continue;
            }
            assertThat(row.getKey()).as("a cap changes in March").isEqualTo(LocalDate.of(row.getKey().getYear(), 3, 1));
            BigDecimal lastYearsGrowth = growth.get(row.getKey().getYear() - 1);
            assertThat(lastYearsGrowth).as("GDP growth of %d", row.getKey().getYear() - 1).isNotNull();
            // last year's cap x (1 + growth), rounded down to Rp 100
            cap = BigDecimal.valueOf(cap).multiply(BigDecimal.ONE.add(lastYearsGrowth.movePointLeft(2)))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact() * 100;
            assertThat(row.getValue()).as("JP wage cap from %s", row.getKey()).isEqualTo(cap);
            checked++;
        }
        assertThat(checked).as("2016 through 2026").isEqualTo(11);
        assertThat(caps.get(LocalDate.of(2020, 3, 1))).isEqualTo(8_939_700L);
        assertThat(caps.get(LocalDate.of(2021, 3, 1))).as("it fell: GDP shrank in 2020").isEqualTo(8_754_600L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM jp_wage_cap WHERE assumed OR source_note = ''", Integer.class)).isZero();
    }

    @Test
    void everyYearFrom2015To2027HasItsHolidaysAndASource() {
        for (int year = 2015; year <= 2027; year++) {
            Integer national = jdbc.queryForObject("SELECT COUNT(*) FROM public_holiday WHERE YEAR(holiday_date) = ? AND kind = 'NATIONAL'",
                    Integer.class, year);
            assertThat(national).as("national holidays in %d", year).isBetween(13, 20);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_holiday WHERE holiday_date = ?", Integer.class,
                    LocalDate.of(year, 8, 17))).as("17 August %d", year).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM public_holiday WHERE source IS NULL OR source = ''", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT kind FROM public_holiday WHERE holiday_date = '2024-06-18'", String.class))
                .isEqualTo("CUTI_BERSAMA");
        assertThat(jdbc.queryForObject("SELECT kind FROM public_holiday WHERE holiday_date = '2020-10-30'", String.class))
                .isEqualTo("CUTI_BERSAMA");
    }

    @Test
    void dueDatesTheIssueNames() {
        ContributionRules rules = rulesProvider.rules();
        assertThat(rules.wageEarnerDueDate(LocalDate.of(2024, 5, 1)))
                .as("May 2024: Sat 15, Sun 16, Mon 17 Idul Adha, Tue 18 cuti bersama -> Wed 19 June").isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(rules.wageEarnerDueDate(LocalDate.of(2024, 8, 1)))
                .as("August 2024: Sun 15, Mon 16 Maulid Nabi -> Tue 17 September").isEqualTo(LocalDate.of(2024, 9, 17));
        assertThat(rules.wageEarnerDueDate(LocalDate.of(2020, 8, 1))).as("August 2020, PP 49/2020").isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(rules.latePenaltyRate(LocalDate.of(2020, 8, 1))).isEqualByComparingTo("0.005");
        assertThat(rules.wageEarnerDueDate(LocalDate.of(2020, 9, 1)))
                .as("September 2020: Fri 30 Oct cuti bersama -> Mon 2 November").isEqualTo(LocalDate.of(2020, 11, 2));
        assertThat(rules.dueDateAssumed(LocalDate.of(2014, 11, 1), rules.wageEarnerDueDate(LocalDate.of(2014, 11, 1))))
                .as("2014 is not covered by holiday data").isTrue();
        assertThat(rules.dueDateAssumed(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 19))).isFalse();
    }
}
