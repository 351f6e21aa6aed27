package id.kiosmandiri.contribution;

import id.kiosmandiri.member.Segment;

import java.time.LocalDate;

/** One month in the member's payment details, with its employer's name (null for BPU). */
public record ContributionLine(Long id, Long cardId, String kpj, LocalDate period, Segment segment, String employerName,
                               long reportedWage, long backPay, long jhtEmployer, long jhtWorker,
                               long jpEmployer, long jpWorker, long jkk, long jkm,
                               LocalDate dueDate, LocalDate depositDate, LocalDate postingDate,
                               long latePenalty, PaidBy paidBy) {

    public enum Status { ON_TIME, LATE, UNPAID, NOT_DUE }

    public Status status() {
        if (depositDate == null) {
            return Status.UNPAID;
        }
        return depositDate.isAfter(dueDate) ? Status.LATE : Status.ON_TIME;
    }

    /** As a member reads it today: a month without a deposit before its due date is not late yet. */
    public Status status(LocalDate today) {
        Status status = status();
        return status == Status.UNPAID && !dueDate.isBefore(today) ? Status.NOT_DUE : status;
    }

    public long jht() {
        return jhtEmployer + jhtWorker;
    }

    public long jp() {
        return jpEmployer + jpWorker;
    }

    public long total() {
        return jht() + jp() + jkk + jkm;
    }
}
