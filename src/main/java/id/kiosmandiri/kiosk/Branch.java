package id.kiosmandiri.kiosk;

import java.time.ZoneId;

/**
 * A branch office, from {@code kiosk-config/branches.yml}. Its time zone decides "today" at its kiosks.
 *
 * @param address where the office is, for members who must go to the counter; {@code null} when not configured
 * @param hours   its opening hours as free text, e.g. "Senin–Jumat 08.00–15.00"; {@code null} when not configured
 */
public record Branch(String code, String name, String city, ZoneId zone, String address, String hours) {

    /** A branch without address and opening hours. */
    public Branch(String code, String name, String city, ZoneId zone) {
        this(code, name, city, zone, null, null);
    }
}
