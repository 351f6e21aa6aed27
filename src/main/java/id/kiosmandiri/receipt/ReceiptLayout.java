package id.kiosmandiri.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * A receipt laid out for one paper width: the rows above the QR code, the code's payload, and the rows
 * under it. All three renderers draw this same layout, so the screen shows what the paper shows.
 *
 * @param qrPayload {@code null} when the receipt has no QR code
 */
record ReceiptLayout(int paperWidthMm, int columns, List<ReceiptRow> top, String qrPayload, List<ReceiptRow> bottom) {

    static ReceiptLayout of(ReceiptDocument document, int paperWidthMm) {
        ReceiptColumns columns = ReceiptColumns.forPaper(paperWidthMm);
        List<ReceiptRow> top = new ArrayList<>();
        for (String row : columns.centered(document.title())) {
            top.add(new ReceiptRow(row, ReceiptRow.Style.TITLE));
        }
        if (document.reprint()) {
            // right under the title, so no one takes the copy for a first print
            for (String row : columns.centeredFullWidth(document.reprintLabel())) {
                top.add(new ReceiptRow(row, ReceiptRow.Style.REPRINT));
            }
        }
        top.add(ReceiptRow.normal(""));
        for (ReceiptLine line : document.lines()) {
            top.addAll(columns.rows(line));
        }
        List<ReceiptRow> bottom = document.footer().isBlank()
                ? List.of()
                : columns.centered(document.footer()).stream().map(ReceiptRow::normal).toList();
        return new ReceiptLayout(paperWidthMm, columns.width(), List.copyOf(top), document.qrPayload(), bottom);
    }

    boolean hasQrCode() {
        return qrPayload != null;
    }
}
