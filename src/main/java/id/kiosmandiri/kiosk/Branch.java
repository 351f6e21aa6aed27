package id.kiosmandiri.kiosk;

import java.time.ZoneId;

/** A branch office, from {@code kiosk-config/branches.yml}. Its time zone decides "today" at its kiosks. */
public record Branch(String code, String name, String city, ZoneId zone) {
}
