package id.kiosmandiri.contribution;

import id.kiosmandiri.member.Segment;

import java.time.LocalDate;

/** One month in the member's payment details, with its employer's name (null for BPU). */
public record ContributionLine(Long id, Long cardId, String kpj, LocalDate period, Segment segment, String employerName,
                               long reportedWage, long backPay, long jhtEmployer, long jhtWorker,
                               long jpEmployer, long jpWorker, long jkk, long jkm,
                               LocalDate dueDate, LocalDate depositDate, LocalDate postingDate,
                               long latePenalty, PaidBy paidBy) {

    /** A month as a member reads it on a given day. ON_TIME and LATE are paid; UNPAID is past due. */
    public enum Status {
        ON_TIME, LATE, UNPAID, NOT_DUE;

        /** Deposited after the due date: late; no deposit: unpaid once the due date has passed, else not due yet. */
        public static Status of(LocalDate dueDate, LocalDate depositDate, LocalDate today) {
            if (depositDate == null) {
                return DueDates.passed(dueDate, today) ? UNPAID : NOT_DUE;
            }
            return DueDates.passed(dueDate, depositDate) ? LATE : ON_TIME;
        }
    }

    /** As a member reads it on {@code today} (the kiosk's day). */
    public Status status(LocalDate today) {
        return Status.of(dueDate, depositDate, today);
    }

    /** The month's money; its totals are summed there and nowhere else. */
    public ContributionAmounts amounts() {
        return new ContributionAmounts(reportedWage, backPay, jhtEmployer, jhtWorker, jpEmployer, jpWorker, jkk, jkm);
    }

    public long jht() {
        return amounts().jhtTotal();
    }

    public long jp() {
        return amounts().jpTotal();
    }

    public long total() {
        return amounts().total();
    }
}
