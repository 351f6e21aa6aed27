package id.kiosmandiri.contribution;

/** One month's amounts, whole rupiah. For BPU, {@code wage} is the declared income. */
public record ContributionAmounts(long wage, long backPay, long jhtEmployer, long jhtWorker,
                                  long jpEmployer, long jpWorker, long jkk, long jkm) {

    public long jhtTotal() {
        return jhtEmployer + jhtWorker;
    }

    public long jpTotal() {
        return jpEmployer + jpWorker;
    }

    public long total() {
        return jhtTotal() + jpTotal() + jkk + jkm;
    }
}
