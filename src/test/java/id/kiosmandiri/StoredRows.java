package id.kiosmandiri;

import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.session.SessionEndReason;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the application wrote, read back with plain SQL: tests check the stored rows themselves,
 * not the modules' entities (which are internal to their modules). Times are stored in UTC.
 */
public final class StoredRows {

    private final JdbcTemplate jdbc;

    public StoredRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long memberIdByNik(String nik) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM member WHERE nik = ?", Long.class, nik);
        if (ids.isEmpty()) {
            throw new AssertionError("no member with the NIK of this test");
        }
        return ids.getFirst();
    }

    public boolean memberWithNikExists(String nik) {
        return !jdbc.queryForList("SELECT id FROM member WHERE nik = ?", Long.class, nik).isEmpty();
    }

    /** The KPJ of the member's oldest card. */
    public String firstKpj(long memberId) {
        return jdbc.queryForObject("SELECT kpj FROM membership_card WHERE member_id = ? ORDER BY jht_start, id LIMIT 1",
                String.class, memberId);
    }

    /** Active members after the demo's named ones, lowest id first. */
    public List<Long> activeMemberIdsAbove(long id, int limit) {
        return jdbc.queryForList("SELECT id FROM member WHERE id > ? AND status = ? ORDER BY id LIMIT ?", Long.class,
                id, MemberStatus.ACTIVE.name(), limit);
    }

    public int failedPinCount(long memberId) {
        return jdbc.queryForObject("SELECT failed_pin_count FROM member WHERE id = ?", Integer.class, memberId);
    }

    /** When the member's lockout ends, or null when the member is not locked. */
    public Instant lockedUntil(long memberId) {
        return jdbc.queryForObject("SELECT locked_until FROM member WHERE id = ?",
                (rs, n) -> instant(rs, "locked_until"), memberId);
    }

    /** A kiosk session as stored: who, where, how long and why it ended. */
    public record StoredSession(long id, long memberId, String kioskId, Instant startedAt, Instant endedAt,
                                SessionEndReason endReason, Long durationMs) {
    }

    public StoredSession session(long kioskSessionId) {
        return jdbc.queryForObject(SESSION + " WHERE id = ?", StoredRows::session, kioskSessionId);
    }

    /** The member's most recent kiosk session. */
    public StoredSession latestSession(long memberId) {
        return jdbc.query(SESSION + " WHERE member_id = ? ORDER BY started_at DESC, id DESC LIMIT 1",
                StoredRows::session, memberId).stream().findFirst()
                .orElseThrow(() -> new AssertionError("the member has no kiosk session"));
    }

    private static final String SESSION =
            "SELECT id, member_id, kiosk_id, started_at, ended_at, end_reason, duration_ms FROM kiosk_session";

    private static StoredSession session(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("end_reason");
        long duration = rs.getLong("duration_ms");
        return new StoredSession(rs.getLong("id"), rs.getLong("member_id"), rs.getString("kiosk_id"),
                instant(rs, "started_at"), instant(rs, "ended_at"),
                reason == null ? null : SessionEndReason.valueOf(reason), rs.wasNull() ? null : duration);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
