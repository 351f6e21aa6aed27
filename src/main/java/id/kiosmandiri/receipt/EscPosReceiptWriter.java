package id.kiosmandiri.receipt;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.QRCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A receipt as ESC/POS commands for a thermal roll printer: initialise, the title bold and twice as
 * high, the reprint marker as a light-on-dark bar, the rows of the column layout, the printer's own
 * (native) QR code, the footer, then feed and a full cut. Text is printable ASCII only
 * ({@link PrintableText}), which every code page prints the same.
 */
final class EscPosReceiptWriter {

    /** Lines fed after the last row so it clears the cutter, which sits a few lines above the head. */
    private static final int FEED_BEFORE_CUT = 5;

    private static final Style NORMAL = new Style();
    private static final Style BOLD = new Style().setBold(true);
    private static final Style TITLE = new Style().setBold(true).setFontSize(Style.FontSize._1, Style.FontSize._2);
    private static final Style REPRINT = new Style().setBold(true).setColorMode(Style.ColorMode.WhiteOnBlack);

    private final int paperWidthMm;

    EscPosReceiptWriter(int paperWidthMm) {
        ReceiptColumns.columnsFor(paperWidthMm); // refuses other paper widths now, not at the first print
        this.paperWidthMm = paperWidthMm;
    }

    /** The whole receipt in memory, so it can go to the printer in one piece. */
    byte[] bytes(ReceiptDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try {
            write(document, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    void write(ReceiptDocument document, OutputStream out) throws IOException {
        ReceiptLayout layout = ReceiptLayout.of(document, paperWidthMm);
        EscPos escpos = new EscPos(out);
        escpos.initializePrinter();
        escpos.setCharacterCodeTable(EscPos.CharacterCodeTable.CP437_USA_Standard_Europe);
        // ESC R 0, the USA international character set (escpos-coffee has no method for it): ESC @ restores
        // the printer's configured set, and some sets print other glyphs for # $ @ [ \ ] ^ ` { | } ~
        escpos.write(EscPosConst.ESC).write('R').write(0);
        for (ReceiptRow row : layout.top()) {
            escpos.writeLF(styleOf(row), row.text());
        }
        if (layout.hasQrCode()) {
            escpos.feed(NORMAL, 1);
            escpos.write(qrCode(), layout.qrPayload());
            escpos.feed(NORMAL, 1);
        }
        for (ReceiptRow row : layout.bottom()) {
            escpos.writeLF(styleOf(row), row.text());
        }
        escpos.feed(NORMAL, FEED_BEFORE_CUT);
        escpos.cut(EscPos.CutMode.FULL);
        escpos.flush();
    }

    private QRCode qrCode() {
        return new QRCode()
                .setModel(QRCode.QRModel._2)
                // dots a module: about 3 cm across on 80 mm paper, a little smaller on the narrow roll
                .setSize(paperWidthMm == 80 ? 6 : 4)
                .setErrorCorrectionLevel(QRCode.QRErrorCorrectionLevel.QR_ECLEVEL_M_Default)
                .setJustification(EscPosConst.Justification.Center);
    }

    private static Style styleOf(ReceiptRow row) {
        return switch (row.style()) {
            case NORMAL -> NORMAL;
            case BOLD -> BOLD;
            case TITLE -> TITLE;
            case REPRINT -> REPRINT;
        };
    }
}
