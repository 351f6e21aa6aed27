package id.kiosmandiri.kiosk;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code kiosks} part of health: how many kiosks are online and how many printers failed their last
 * print, and, as details for staff only ({@code management.endpoint.health.show-details: when-authorized}),
 * each kiosk's state and printer. A kiosk's printer never makes the server DOWN: the server serves the
 * other kiosks; the fleet page and the alerts in docs/operations.md tell staff which printer to see to.
 * Read from the database, so every server node reports the same.
 */
@Component("kiosks")
class KioskFleetHealth extends AbstractHealthIndicator {

    private final KioskRegistry registry;
    private final KioskPresence presence;

    KioskFleetHealth(KioskRegistry registry, KioskPresence presence) {
        super("The kiosks' states could not be read"); // with the database away: this part DOWN, as db
        this.registry = registry;
        this.presence = presence;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        List<KioskStatus> statuses;
        try {
            statuses = presence.statuses(registry.kiosks().stream().map(KioskConfig::id).toList());
        } catch (DataAccessException e) {
            // the database is away ("db" says so too): one line in the health answer, no stack trace in the log
            health.down().withDetail("error", "the kiosks' states cannot be read: " + e.getClass().getSimpleName());
            return;
        }
        Map<String, Object> kiosks = new LinkedHashMap<>();
        int online = 0;
        int printersFailed = 0;
        for (KioskStatus s : statuses.stream().sorted(java.util.Comparator.comparing(KioskStatus::kioskId)).toList()) {
            online += s.online() ? 1 : 0;
            printersFailed += Boolean.FALSE.equals(s.printerOk()) ? 1 : 0;
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("online", s.online());
            one.put("state", s.state() == null ? "never" : s.state().name().toLowerCase(java.util.Locale.ROOT));
            one.put("printer", s.printerOk() == null ? "no print yet" : s.printerOk() ? "ok" : "failed");
            if (s.printerAt() != null) {
                one.put("printerAt", s.printerAt().toString());
            }
            kiosks.put(s.kioskId(), one);
        }
        health.up()
                .withDetail("kiosks", registry.kiosks().size())
                .withDetail("online", online)
                .withDetail("printersFailed", printersFailed)
                .withDetail("byKiosk", kiosks);
    }
}
