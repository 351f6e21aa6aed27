package id.kiosmandiri.contribution;

import java.time.LocalDate;

/** The money of one posted month, as the balance calculation needs it. */
public record PostedAmounts(Long cardId, LocalDate period, LocalDate postingDate,
                            long jhtEmployer, long jhtWorker, long jpEmployer, long jpWorker) {

    /** The JHT and JP money of the month, summed where every contribution total is summed. */
    private ContributionAmounts amounts() {
        return new ContributionAmounts(0, 0, jhtEmployer, jhtWorker, jpEmployer, jpWorker, 0, 0);
    }

    public long jht() {
        return amounts().jhtTotal();
    }

    public long jp() {
        return amounts().jpTotal();
    }
}
