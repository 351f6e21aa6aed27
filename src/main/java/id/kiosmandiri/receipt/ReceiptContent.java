package id.kiosmandiri.receipt;

import java.util.Objects;

/**
 * What one receipt says, before it gets a number: its {@link #document} has no QR payload and no footer
 * (the caller adds the receipt number, the printing time and the verification QR).
 *
 * @param subject    null for a balance slip, the year ("2025") for a statement, the month ("2025-03") for a proof
 *                   of payment
 * @param mainAmount the figure a verification page confirms: the JHT balance (slip), the year's closing JHT
 *                   balance (statement), the total paid for the month (proof)
 * @param maskedName the member's name with only each word's first letter ("B*** S******"), for the public
 *                   verification page
 */
public record ReceiptContent(ReceiptKind kind, String subject, long mainAmount, String maskedName, ReceiptDocument document) {

    public ReceiptContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(maskedName, "maskedName");
        Objects.requireNonNull(document, "document");
    }
}
