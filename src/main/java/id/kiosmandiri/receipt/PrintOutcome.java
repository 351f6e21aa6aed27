package id.kiosmandiri.receipt;

import java.util.Objects;

/**
 * What became of one print.
 *
 * @param status        what happened
 * @param partiallySent whether any byte of the receipt itself may have reached the printer although the
 *                      print did not succeed; a retry should then be printed {@link ReceiptDocument#asReprint as a reprint},
 *                      since part of the first one may be in the member's hand
 * @param paperNearEnd  whether the printer reported its roll nearly used up (printing still works; tell the staff)
 * @param detail        for the log: the printer's status bytes or the exception's message; never shown to members
 */
public record PrintOutcome(Status status, boolean partiallySent, boolean paperNearEnd, String detail) {

    public enum Status {
        /** Every byte was delivered and the printer answered after the last one. */
        PRINTED,
        /** The connection was refused, or the printer's address cannot be reached. */
        REFUSED,
        /** No connection, or no status answer, within the timeout. */
        NO_ANSWER,
        /** The roll is used up. */
        PAPER_OUT,
        /** The cover is open. */
        COVER_OPEN,
        /** The printer reports an error of its own (cutter jam, overheated head, ...). */
        PRINTER_ERROR,
        /** The connection broke while the receipt was being sent. */
        SEND_FAILED
    }

    public PrintOutcome {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public boolean printed() {
        return status == Status.PRINTED;
    }
}
