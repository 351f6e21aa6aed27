package id.kiosmandiri.receipt;

import java.time.Instant;

/** A stored receipt as the screens see it: its document is what the paper shows (QR included). */
public record IssuedReceipt(long id, String number, ReceiptKind kind, String subject, ReceiptStatus status,
                            Instant issuedAt, long mainAmount, ReceiptDocument document) {
}
