package id.kiosmandiri.receipt;

/**
 * What one receipt says, before it gets a number: {@code subject} is null for a balance slip,
 * "2025" for a statement, "2025-03" for a proof of payment.
 */
public record ReceiptContent(ReceiptKind kind, String subject, long mainAmount, String maskedName, ReceiptDocument document) {
}
