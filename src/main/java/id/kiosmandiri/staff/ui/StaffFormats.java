package id.kiosmandiri.staff.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Times on staff pages: the viewer's branch zone (WIB for an admin without a branch), with its name. */
final class StaffFormats {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final Map<String, String> ZONE_NAMES =
            Map.of("Asia/Jakarta", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private StaffFormats() {
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    static String zoneName(ZoneId zone) {
        return ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
    }
}
