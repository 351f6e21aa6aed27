package id.kiosmandiri.receipt;

import java.time.ZonedDateTime;

/**
 * What the public verification page shows of a receipt: whether it is genuine and, if so, only
 * enough to compare with the paper (no KPJ, no NIK, the name masked).
 */
public record ReceiptCheck(boolean valid, String number, ReceiptKind kind, String subject, ZonedDateTime issuedAt,
                           String kioskName, String branchName, String maskedName, long mainAmount) {

    static ReceiptCheck notValid() {
        return new ReceiptCheck(false, null, null, null, null, null, null, null, 0);
    }
}
