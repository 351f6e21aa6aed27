package id.kiosmandiri.receipt;

/**
 * A printer's answers to the real-time status queries DLE EOT 2 (offline cause) and DLE EOT 4 (roll paper
 * sensor), read as the Epson ESC/POS reference defines them. Each answer byte has the fixed pattern
 * {@code 0xx1xx10}.
 */
record PrinterStatus(int offlineCause, int paperSensor) {

    static final int OFFLINE_CAUSE = 2;
    static final int PAPER_SENSOR = 4;

    private static final int COVER_OPEN = 0x04;          // offline cause, bit 2
    private static final int STOPPED_BY_PAPER_END = 0x20; // offline cause, bit 5
    private static final int ERROR_OCCURRED = 0x40;       // offline cause, bit 6
    private static final int PAPER_NEAR_END = 0x0C;       // paper sensor, bits 2 and 3
    private static final int PAPER_END = 0x60;            // paper sensor, bits 5 and 6

    /** Whether a byte has the fixed bits of a real-time status answer (not, say, an automatic status message). */
    static boolean isStatusAnswer(int b) {
        return (b & 0x93) == 0x12;
    }

    boolean coverOpen() {
        return (offlineCause & COVER_OPEN) != 0;
    }

    boolean paperOut() {
        return (paperSensor & PAPER_END) != 0 || (offlineCause & STOPPED_BY_PAPER_END) != 0;
    }

    boolean error() {
        return (offlineCause & ERROR_OCCURRED) != 0;
    }

    boolean paperNearEnd() {
        return (paperSensor & PAPER_NEAR_END) != 0;
    }

    /** The first thing that stops printing, most urgent for the staff first; {@code null} when none does. */
    PrintOutcome.Status problem() {
        if (coverOpen()) {
            return PrintOutcome.Status.COVER_OPEN;
        }
        if (paperOut()) {
            return PrintOutcome.Status.PAPER_OUT;
        }
        if (error()) {
            return PrintOutcome.Status.PRINTER_ERROR;
        }
        return null;
    }

    @Override
    public String toString() {
        return "offline cause 0x%02X, paper sensor 0x%02X".formatted(offlineCause, paperSensor);
    }
}
