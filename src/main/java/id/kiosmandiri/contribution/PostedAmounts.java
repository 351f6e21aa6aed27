package id.kiosmandiri.contribution;

import java.time.LocalDate;

/** The money of one posted month, as the balance calculation needs it. */
public record PostedAmounts(Long cardId, LocalDate period, LocalDate postingDate,
                            long jhtEmployer, long jhtWorker, long jpEmployer, long jpWorker) {

    public long jht() {
        return jhtEmployer + jhtWorker;
    }

    public long jp() {
        return jpEmployer + jpWorker;
    }
}
