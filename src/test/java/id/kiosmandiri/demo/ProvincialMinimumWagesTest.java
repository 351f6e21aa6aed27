package id.kiosmandiri.demo;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvincialMinimumWagesTest {

    private final ProvincialMinimumWages wages = new ProvincialMinimumWages(Map.of(
            "31", Map.of(2015, 2_700_000L, 2016, 3_100_000L, 2025, 5_396_761L),
            "32", Map.of(2016, 1_312_355L, 2025, 2_191_239L)));

    @Test
    void aYearOnFileIsThatYearsRow() {
        assertThat(wages.amount("31", 2016)).isEqualTo(3_100_000L);
        assertThat(wages.amount("32", 2025)).isEqualTo(2_191_239L);
    }

    @Test
    void aYearWithoutARowAfterTheFirstTakesTheNearestEarlierRow() {
        assertThat(wages.amount("31", 2020)).as("a gap").isEqualTo(3_100_000L);
        assertThat(wages.amount("31", 2027)).as("after the last row").isEqualTo(5_396_761L);
    }

    @Test
    void beforeTheFirstRowTheFirstIsScaledBack12PercentAYear() {
        assertThat(wages.amount("31", 2014)).isEqualTo(2_410_714L); // 2,700,000 / 1.12, half up
        assertThat(wages.amount("31", 2013)).isEqualTo(2_152_423L); // 2,410,714 / 1.12
        assertThat(wages.amount("32", 2015)).as("Jawa Barat had no UMP in 2015").isEqualTo(1_171_746L);
    }

    @Test
    void aProvinceWithoutRowsGetsTheAverageOfTheProvincesOnFile() {
        assertThat(wages.amount("94", 2025)).isEqualTo((5_396_761L + 2_191_239L) / 2);
        assertThat(wages.amount(null, 2016)).isEqualTo((3_100_000L + 1_312_355L + 1) / 2);
    }

    @Test
    void anEmptyTableIsRefused() {
        assertThatThrownBy(() -> new ProvincialMinimumWages(Map.of()))
                .hasMessageContaining("provincial_minimum_wage is empty");
    }
}
