package id.kiosmandiri.balance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One year of a JHT account as the official statement shows it: "Saldo Awal per 01-01-YYYY",
 * contributions, development return ("hasil pengembangan"), closing balance. For the current
 * year {@code asOf} is the day the figures are computed for, and the return is what has accrued.
 */
public record JhtYear(int year, LocalDate asOf, BigDecimal ratePercent, boolean rateAssumed,
                      long openingBalance, long employerContributions, long workerContributions,
                      long developmentReturn) {

    public long contributions() {
        return employerContributions + workerContributions;
    }

    public long closingBalance() {
        return openingBalance + contributions() + developmentReturn;
    }

    public static JhtYear empty(int year, LocalDate asOf, BigDecimal rate, boolean assumed, long opening) {
        return new JhtYear(year, asOf, rate, assumed, opening, 0, 0, 0);
    }
}
