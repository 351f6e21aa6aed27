package id.kiosmandiri.receipt;

import java.util.List;
import java.util.Objects;

/**
 * The content of one receipt, independent of any printer.
 *
 * @param title        printed large at the top, e.g. "SALDO JHT"
 * @param lines        the body, top to bottom
 * @param qrPayload    a URL to print as a QR code under the body, or {@code null} for none; printable
 *                     ASCII only (percent-encode anything else), at most {@value #MAX_QR_PAYLOAD} characters
 *                     so the code still fits a 58 mm roll
 * @param footer       the last rows (receipt number, printed time, a short legal line); {@code \n} separates rows;
 *                     {@code null} means none
 * @param reprint      whether this is a copy of a receipt printed before (or perhaps printed in part): every
 *                     renderer then shows {@code reprintLabel} as a marked bar under the title
 * @param reprintLabel the words of that marker in the member's language, e.g. "CETAK ULANG / REPRINT";
 *                     required when {@code reprint} is true
 */
public record ReceiptDocument(String title, List<ReceiptLine> lines, String qrPayload, String footer,
                              boolean reprint, String reprintLabel) {

    public static final int MAX_QR_PAYLOAD = 500;

    public ReceiptDocument {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        footer = footer == null ? "" : footer;
        if (qrPayload != null) {
            if (qrPayload.isEmpty() || qrPayload.length() > MAX_QR_PAYLOAD) {
                throw new IllegalArgumentException("qrPayload must be 1 to " + MAX_QR_PAYLOAD + " characters, was " + qrPayload.length());
            }
            // the printer's QR store command counts bytes, the renderers must all encode the same bytes
            if (!qrPayload.chars().allMatch(c -> c > ' ' && c < 0x7F)) {
                throw new IllegalArgumentException("qrPayload must be printable ASCII without spaces (percent-encode the rest): " + qrPayload);
            }
        }
        if (reprint && (reprintLabel == null || reprintLabel.isBlank())) {
            throw new IllegalArgumentException("a reprint needs its reprintLabel");
        }
    }

    /** A first print (no reprint marker). */
    public ReceiptDocument(String title, List<ReceiptLine> lines, String qrPayload, String footer) {
        this(title, lines, qrPayload, footer, false, null);
    }

    /** The same receipt marked as a reprint, e.g. to retry after a print that may have come out in part. */
    public ReceiptDocument asReprint(String label) {
        return new ReceiptDocument(title, lines, qrPayload, footer, true, label);
    }
}
