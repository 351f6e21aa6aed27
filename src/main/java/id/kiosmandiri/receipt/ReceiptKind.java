package id.kiosmandiri.receipt;

/** What a receipt is: each kind is built by {@link ReceiptContents}. */
public enum ReceiptKind {
    /** The JHT balance as of the day, with this year's breakdown, the cards and JP. */
    BALANCE_SLIP,
    /** One year as the official "Informasi Dana ... JHT - JP Tahun YYYY" lays it out. */
    YEAR_STATEMENT,
    /** One paid month: who paid what, when. */
    PAYMENT_PROOF
}
