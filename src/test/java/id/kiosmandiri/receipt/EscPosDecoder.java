package id.kiosmandiri.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back into what a printer would put on paper: the text rows (with the print modes
 * each was printed in), the QR codes it would print, and its cuts. Command sequences are skipped by their
 * exact lengths; a command it does not know fails the decoding, so a test never reads misparsed bytes as
 * text.
 */
public final class EscPosDecoder {

    private static final int LF = 0x0A, CR = 0x0D, DLE = 0x10, ESC = 0x1B, GS = 0x1D;
    private static final Charset CP437 = Charset.forName("IBM437");

    /** A printed row and how it was printed (a mode counts when any character of the row had it). */
    public record Row(String text, boolean bold, boolean doubleHeight, boolean reversed) {
    }

    /**
     * @param qrCodes       payloads of the QR codes printed (stored with GS ( k fn 80, then printed with fn 81)
     * @param statusQueries how many DLE EOT real-time status queries were among the bytes
     */
    public record Receipt(List<Row> rows, List<String> qrCodes, int cuts, int statusQueries) {

        public List<String> texts() {
            return rows.stream().map(Row::text).toList();
        }

        public String text() {
            return String.join("\n", texts());
        }

        public boolean cut() {
            return cuts > 0;
        }

        List<Row> rowsContaining(String text) {
            return rows.stream().filter(row -> row.text().contains(text)).toList();
        }
    }

    private final byte[] bytes;
    private int at;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> qrCodes = new ArrayList<>();
    private int cuts;
    private int statusQueries;

    private final ByteArrayOutputStream row = new ByteArrayOutputStream();
    private boolean bold, doubleHeight, reversed;
    private boolean rowBold, rowDoubleHeight, rowReversed;
    private String storedQrCode;

    private EscPosDecoder(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Decodes bytes that must end on a whole command. */
    static Receipt decode(byte[] bytes) {
        EscPosDecoder decoder = new EscPosDecoder(bytes);
        decoder.run();
        return decoder.receipt();
    }

    /** Decodes what arrived of a receipt whose connection broke: a command cut short at the end is left out. */
    static Receipt decodePartial(byte[] bytes) {
        EscPosDecoder decoder = new EscPosDecoder(bytes);
        try {
            decoder.run();
        } catch (Truncated e) {
            if (decoder.row.size() > 0) {
                decoder.endRow();
            }
        }
        return decoder.receipt();
    }

    private Receipt receipt() {
        return new Receipt(List.copyOf(rows), List.copyOf(qrCodes), cuts, statusQueries);
    }

    /** The bytes end inside a command. */
    static final class Truncated extends IllegalStateException {
        Truncated(int length) {
            super("the bytes end inside a command (" + length + " bytes)");
        }
    }

    private void run() {
        while (at < bytes.length) {
            int b = next();
            switch (b) {
                case LF -> endRow();
                case CR -> {
                    // carriage return: no new row on printers with automatic line feed off (the default)
                }
                case ESC -> esc();
                case GS -> gs();
                case DLE -> dle();
                default -> {
                    if (b < 0x20 || b == 0x7F) {
                        throw unknown("control byte", b);
                    }
                    row.write(b);
                    rowBold |= bold;
                    rowDoubleHeight |= doubleHeight;
                    rowReversed |= reversed;
                }
            }
        }
        if (row.size() > 0) {
            endRow(); // text left in the printer's buffer; a real printer prints it with the next LF
        }
    }

    private void esc() {
        int command = next();
        switch (command) {
            case '@' -> {
                bold = false;
                doubleHeight = false;
                reversed = false;
            }
            case 'E' -> bold = (next() & 1) == 1;
            case '!' -> {
                int mode = next();
                bold = (mode & 0x08) != 0;
                doubleHeight = (mode & 0x10) != 0;
            }
            case '2' -> {
                // default line spacing, no parameter
            }
            case 'M', '-', 'a', '3', 't', 'R', 'J', 'G', 'V', '{', ' ', 'U' -> skip(1);
            case '$', '\\' -> skip(2);
            case 'p' -> skip(3);
            case 'd' -> {
                int lines = next();
                endRow();
                for (int i = 1; i < lines; i++) {
                    endRow();
                }
            }
            default -> throw unknown("ESC", command);
        }
    }

    private void gs() {
        int command = next();
        switch (command) {
            case '!' -> doubleHeight = (next() & 0x0F) > 0;
            case 'B' -> reversed = (next() & 1) == 1;
            case 'V' -> {
                int mode = next();
                if (mode >= 65) {
                    skip(1); // feed-and-cut forms carry the feed amount
                }
                cuts++;
            }
            case '(' -> function();
            case 'L', 'W' -> skip(2);
            case 'H', 'f', 'h', 'w', 'a', 'r', 'b' -> skip(1);
            default -> throw unknown("GS", command);
        }
    }

    /** GS ( fn pL pH data: the length bytes say how much data follows. */
    private void function() {
        int function = next();
        int length = next() | next() << 8;
        int start = at;
        skip(length);
        if (function == 'k' && length >= 2 && bytes[start] == 49) { // cn 49: QR code
            int fn = bytes[start + 1];
            if (fn == 80) { // store the data: m (48) then the data
                storedQrCode = new String(bytes, start + 3, length - 3, StandardCharsets.US_ASCII);
            } else if (fn == 81) { // print the stored symbol
                if (storedQrCode == null) {
                    throw new IllegalStateException("QR code printed at byte " + at + " before any was stored");
                }
                qrCodes.add(storedQrCode);
            }
        }
    }

    private void dle() {
        int command = next();
        switch (command) {
            case 0x04 -> {
                skip(1);
                statusQueries++;
            }
            case 0x05 -> skip(1);
            default -> throw unknown("DLE", command);
        }
    }

    private void endRow() {
        rows.add(new Row(new String(row.toByteArray(), CP437), rowBold, rowDoubleHeight, rowReversed));
        row.reset();
        rowBold = false;
        rowDoubleHeight = false;
        rowReversed = false;
    }

    private int next() {
        if (at >= bytes.length) {
            throw new Truncated(bytes.length);
        }
        return bytes[at++] & 0xFF;
    }

    private void skip(int count) {
        if (at + count > bytes.length) {
            throw new Truncated(bytes.length);
        }
        at += count;
    }

    private IllegalStateException unknown(String what, int b) {
        return new IllegalStateException("unknown %s 0x%02X at byte %d".formatted(what, b, at - 1));
    }
}
