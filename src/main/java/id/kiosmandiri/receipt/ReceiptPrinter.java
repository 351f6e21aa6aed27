package id.kiosmandiri.receipt;

/** Something that prints receipts. Never throws for printer trouble: the outcome says what happened. */
public interface ReceiptPrinter {

    PrintOutcome print(ReceiptDocument document);
}
