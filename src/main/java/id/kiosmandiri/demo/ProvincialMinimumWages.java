package id.kiosmandiri.demo;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Provincial minimum wages (UMP) by province and year, as read from table
 * {@code provincial_minimum_wage}, for a year the table may not have.
 */
final class ProvincialMinimumWages {

    /**
     * DEMO ASSUMPTION: before a province's first year on file (2015 in the research), the minimum
     * wage is that year's divided by 1.12 for every year back. DKI Jakarta's UMP grew about 14 % a
     * year from 2005 (Rp 711,843) to 2015 (Rp 2,700,000); 12 % keeps older demo wages plausible.
     */
    static final int PERCENT_A_YEAR_BEFORE_FIRST_ROW = 12;

    private final Map<String, NavigableMap<Integer, Long>> byProvince;

    /** @param byProvince amount by year, by province code */
    ProvincialMinimumWages(Map<String, ? extends Map<Integer, Long>> byProvince) {
        if (byProvince.values().stream().allMatch(Map::isEmpty)) {
            throw new IllegalArgumentException("no provincial minimum wages: table provincial_minimum_wage is empty");
        }
        Map<String, NavigableMap<Integer, Long>> copy = new TreeMap<>();
        byProvince.forEach((province, years) -> {
            if (!years.isEmpty()) {
                copy.put(province, new TreeMap<>(years));
            }
        });
        this.byProvince = copy;
    }

    /**
     * The minimum wage of a province in a year: the row of that year; before the first row, the
     * first row scaled back ({@link #PERCENT_A_YEAR_BEFORE_FIRST_ROW}); otherwise the nearest
     * earlier row (a year without a UMP, or after the last row). A province without rows, or none
     * ({@code null}), gets {@link #averageOfProvincesOnFile(int)}.
     */
    long amount(String provinceCode, int year) {
        NavigableMap<Integer, Long> years = provinceCode == null ? null : byProvince.get(provinceCode);
        if (years == null) {
            return averageOfProvincesOnFile(year);
        }
        int first = years.firstKey();
        if (year < first) {
            long amount = years.get(first);
            for (int y = year; y < first; y++) {
                long divisor = 100 + PERCENT_A_YEAR_BEFORE_FIRST_ROW;
                amount = (amount * 100 + divisor / 2) / divisor; // rounded half up to whole rupiah
            }
            return amount;
        }
        return years.floorEntry(year).getValue();
    }

    /** The stand-in for a province with no rows: the mean of the provinces on file, in whole rupiah. */
    long averageOfProvincesOnFile(int year) {
        long sum = 0;
        for (String province : byProvince.keySet()) {
            sum += amount(province, year);
        }
        int n = byProvince.size();
        return (sum + n / 2) / n;
    }
}
