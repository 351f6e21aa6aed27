package id.kiosmandiri.kiosk;

import static id.kiosmandiri.database.StoredTimes.utc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Device trust: which browsers are kiosks. Branch staff make a one-time enrolment code for a kiosk
 * ({@link #newCode}, valid {@code kiosk.enrolment.code-validity}); the kiosk's browser enters it at
 * {@code /enrol} and receives a long-lived random credential ({@link #enrol}), which it then shows
 * with every new session ({@link #kioskOf}). Staff can revoke a kiosk's device ({@link #revoke}); a
 * new enrolment of a kiosk revokes its earlier device. Only SHA-256 hashes of codes and credentials
 * are stored, all in the database, so every server node agrees.
 *
 * <p>Guessing codes is slowed down: after {@link #FAILURES_PER_ADDRESS} wrong codes from one address
 * within {@link #FAILURE_WINDOW}, or {@link #FAILURES_PER_SERVER} from all addresses together, every
 * code is refused until the window has passed. A code is 8 digits and lives 10 minutes, so a handful of
 * guesses per window leave an attacker practically no chance. A reader of the database within those
 * minutes could find a code from its hash; such a reader has far more already, so this is accepted.
 */
@Component
public class KioskDevices {

    private static final Logger log = LoggerFactory.getLogger(KioskDevices.class);
    /** A device's last visit is written at most this often: not a row per kiosk per request. */
    static final Duration LAST_SEEN_GRANULARITY = Duration.ofHours(1);
    public static final int CODE_DIGITS = 8;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    static final int FAILURES_PER_ADDRESS = 5;
    static final int FAILURES_PER_SERVER = 50;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final KioskRegistry registry;
    private final Duration codeValidity;
    private final SecureRandom random = new SecureRandom();

    KioskDevices(JdbcTemplate jdbc, Clock clock, KioskRegistry registry, KioskProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.registry = registry;
        this.codeValidity = properties.enrolment().codeValidity();
    }

    /** A code shown to staff once; only its hash is kept. */
    public record EnrolmentCode(String kioskId, String code, Instant expiresAt) {
    }

    /** What typing a code at {@code /enrol} gave. */
    public sealed interface Enrolment {
        /** The browser is now this kiosk; {@code credential} goes into its cookie and nowhere else. */
        record Enrolled(String kioskId, String credential) implements Enrolment {
        }

        /** Unknown, used or expired: the same answer for each, so a guesser learns nothing. */
        record WrongCode() implements Enrolment {
        }

        /** Too many wrong codes lately; nothing was checked. */
        record SlowDown(long minutes) implements Enrolment {
        }
    }

    /** A kiosk's enrolled device, for the staff fleet page. */
    public record Device(String kioskId, Instant enrolledAt, String enrolledBy, Instant lastSeenAt) {
    }

    private record Stored(long id, String kioskId, LocalDateTime lastSeen) {
    }

    @Transactional
    public EnrolmentCode newCode(String kioskId, String staffUsername) {
        if (registry.find(kioskId).isEmpty()) {
            throw new IllegalArgumentException("unknown kiosk");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(codeValidity);
        String code;
        do { // two live codes must never be the same
            code = String.format("%0" + CODE_DIGITS + "d", random.nextInt(100_000_000));
        } while (liveCode(sha256(code), now) != null);
        jdbc.update("INSERT INTO kiosk_enrolment_code (kiosk_id, code_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                kioskId, sha256(code), staffUsername, utc(now), utc(expires));
        return new EnrolmentCode(kioskId, code, expires);
    }

    @Transactional
    public Enrolment enrol(String code, String clientAddress) {
        Instant now = clock.instant();
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown"
                : clientAddress.substring(0, Math.min(64, clientAddress.length()));
        LocalDateTime since = utc(now.minus(FAILURE_WINDOW));
        Integer fromAddress = jdbc.queryForObject(
                "SELECT COUNT(*) FROM kiosk_enrolment_failure WHERE client_address = ? AND occurred_at > ?", Integer.class, address, since);
        Integer fromAll = jdbc.queryForObject(
                "SELECT COUNT(*) FROM kiosk_enrolment_failure WHERE occurred_at > ?", Integer.class, since);
        if (fromAddress >= FAILURES_PER_ADDRESS || fromAll >= FAILURES_PER_SERVER) {
            return new Enrolment.SlowDown(FAILURE_WINDOW.toMinutes());
        }
        Long codeId = code == null || !code.matches("[0-9]{" + CODE_DIGITS + "}") ? null : liveCode(sha256(code), now);
        // used at most once, even when two browsers type it at the same moment
        if (codeId == null || jdbc.update("UPDATE kiosk_enrolment_code SET used_at = ? WHERE id = ? AND used_at IS NULL", utc(now), codeId) != 1) {
            jdbc.update("DELETE FROM kiosk_enrolment_failure WHERE occurred_at <= ?", since);
            jdbc.update("INSERT INTO kiosk_enrolment_failure (client_address, occurred_at) VALUES (?, ?)", address, utc(now));
            log.info("Kiosk enrolment refused: wrong, used or expired code");
            return new Enrolment.WrongCode();
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT kiosk_id, created_by FROM kiosk_enrolment_code WHERE id = ?", codeId);
        String kioskId = (String) row.get("kiosk_id");
        String enrolledBy = (String) row.get("created_by");
        int replaced = jdbc.update("UPDATE kiosk_device SET revoked_at = ?, revoked_by = ? WHERE kiosk_id = ? AND revoked_at IS NULL",
                utc(now), enrolledBy, kioskId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String credential = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("INSERT INTO kiosk_device (kiosk_id, token_hash, enrolled_at, enrolled_by, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                kioskId, sha256(credential), utc(now), enrolledBy, utc(now));
        log.info("Kiosk {} enrolled (code made by {}; {} earlier device(s) revoked)", kioskId, enrolledBy, replaced);
        return new Enrolment.Enrolled(kioskId, credential);
    }

    /** The kiosk a browser's credential belongs to, if it is enrolled and not revoked. */
    public Optional<String> kioskOf(String credential) {
        if (credential == null || credential.isBlank() || credential.length() > 100) {
            return Optional.empty();
        }
        List<Stored> rows = jdbc.query("SELECT id, kiosk_id, last_seen_at FROM kiosk_device WHERE token_hash = ? AND revoked_at IS NULL",
                (rs, i) -> new Stored(rs.getLong("id"), rs.getString("kiosk_id"), rs.getObject("last_seen_at", LocalDateTime.class)),
                sha256(credential));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Stored device = rows.getFirst();
        Instant now = clock.instant();
        if (device.lastSeen() == null || device.lastSeen().isBefore(utc(now.minus(LAST_SEEN_GRANULARITY)))) {
            jdbc.update("UPDATE kiosk_device SET last_seen_at = ? WHERE id = ?", utc(now), device.id());
        }
        return registry.find(device.kioskId()).map(KioskConfig::id); // a kiosk removed from the configuration is no kiosk
    }

    /** Revokes the kiosk's enrolled device; false when it had none. */
    @Transactional
    public boolean revoke(String kioskId, String staffUsername) {
        int revoked = jdbc.update("UPDATE kiosk_device SET revoked_at = ?, revoked_by = ? WHERE kiosk_id = ? AND revoked_at IS NULL",
                utc(clock.instant()), staffUsername, kioskId);
        log.info("Kiosk {}: {} device(s) revoked by {}", kioskId, revoked, staffUsername);
        return revoked > 0;
    }

    /** The enrolled, not revoked device of each kiosk that has one. */
    public Map<String, Device> enrolledDevices() {
        Map<String, Device> devices = new LinkedHashMap<>();
        jdbc.query("SELECT kiosk_id, enrolled_at, enrolled_by, last_seen_at FROM kiosk_device WHERE revoked_at IS NULL ORDER BY enrolled_at",
                rs -> {
                    LocalDateTime seen = rs.getObject("last_seen_at", LocalDateTime.class);
                    devices.put(rs.getString("kiosk_id"), new Device(rs.getString("kiosk_id"),
                            rs.getObject("enrolled_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("enrolled_by"),
                            seen == null ? null : seen.toInstant(ZoneOffset.UTC)));
                });
        return devices;
    }

    private Long liveCode(String codeHash, Instant now) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM kiosk_enrolment_code WHERE code_hash = ? AND expires_at > ? AND used_at IS NULL",
                Long.class, codeHash, utc(now));
        return ids.isEmpty() ? null : ids.getFirst();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
