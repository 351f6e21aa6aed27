package id.kiosmandiri.contribution;

import java.time.LocalDate;

/** The dates that decide a month's {@link ContributionLine.Status}. */
record MonthDates(LocalDate period, LocalDate dueDate, LocalDate depositDate) {

    public ContributionLine.Status status(LocalDate today) {
        return ContributionLine.Status.of(dueDate, depositDate, today);
    }
}
