package id.kiosmandiri.receipt;

/** Where a stored receipt stands: stored and not yet out, printed, failed, or printed again. */
public enum ReceiptStatus { PENDING, PRINTED, FAILED, REPRINTED }
