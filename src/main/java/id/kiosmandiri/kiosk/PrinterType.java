package id.kiosmandiri.kiosk;

import java.util.Arrays;
import java.util.Optional;

/** How a kiosk prints: not at all, ESC/POS over TCP, the browser's print dialog, or a PDF. */
public enum PrinterType {
    NONE("none"), ESCPOS_TCP("escpos-tcp"), BROWSER("browser"), PDF("pdf");

    private final String configName;

    PrinterType(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<PrinterType> fromConfig(String value) {
        return Arrays.stream(values()).filter(t -> t.configName.equals(value)).findFirst();
    }
}
