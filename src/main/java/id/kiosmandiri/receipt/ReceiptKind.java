package id.kiosmandiri.receipt;

/** The three receipts a member can print. */
public enum ReceiptKind { BALANCE_SLIP, YEAR_STATEMENT, PAYMENT_PROOF }
