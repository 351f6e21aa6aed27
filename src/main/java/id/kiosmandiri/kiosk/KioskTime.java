package id.kiosmandiri.kiosk;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What time and day it is at a kiosk: the instant from the {@link Clock} bean (so tests can pin
 * it), the time zone from the kiosk's branch (WIB, WITA or WIT). Every "today" and "overdue"
 * decision for a member starts here, never from the server's or the clock's own zone.
 */
@Component
public class KioskTime {

    private final Clock clock;
    private final KioskRegistry registry;

    public KioskTime(Clock clock, KioskRegistry registry) {
        this.clock = clock;
        this.registry = registry;
    }

    /** The zone of the kiosk's branch (of the default kiosk for an unknown id, as everywhere else). */
    public ZoneId zone(String kioskId) {
        return registry.branchOf(registry.findOrDefault(kioskId)).zone();
    }

    public ZonedDateTime now(String kioskId) {
        return clock.instant().atZone(zone(kioskId));
    }

    public LocalDate today(String kioskId) {
        return now(kioskId).toLocalDate();
    }
}
