package id.kiosmandiri.contribution;

/** A year's number of months and summed amounts, from SQL; {@link YearSummary} adds the statuses. */
record YearTotals(int year, long months, long jht, long jp, long jkk, long jkm, long latePenalty) {
}
