package id.kiosmandiri.contribution;

/** A year of a member's contributions, all cards together. */
public record YearSummary(int year, long months, long paidMonths, long lateMonths, long unpaidMonths,
                          long jht, long jp, long jkk, long jkm, long latePenalty) {

    public long total() {
        return jht + jp + jkk + jkm;
    }
}
