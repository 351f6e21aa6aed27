package id.kiosmandiri.kiosk;

import java.util.Locale;
import java.util.Set;

/** One kiosk's configuration, from {@code kiosk-config/kiosks/<id>.yml}. */
public record KioskConfig(String id, String branchCode, String name, String location,
                          int idleTimeoutSeconds, int idleWarningSeconds, boolean logoutAfterPrint,
                          Printer printer, Locale defaultLanguage, Set<Feature> features) {

    public record Printer(PrinterType type, String host, int port, int paperWidthMm) {
    }

    /** Member features a kiosk can offer; a feature not listed is hidden on that kiosk. */
    public enum Feature {
        BALANCE, CONTRIBUTIONS, BILLS, PRINT, UPDATE, HELP, CARD;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean offers(Feature feature) {
        return features.contains(feature);
    }
}
