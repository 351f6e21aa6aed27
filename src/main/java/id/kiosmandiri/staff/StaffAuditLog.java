package id.kiosmandiri.staff;

import static id.kiosmandiri.database.StoredTimes.utc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The staff audit ({@code staff_audit}): every login, failed login, logout, denied access and
 * account change, with who, when, from which address and which branch it concerns. Rows are
 * written on their own (not in a caller's transaction), so a failed action is still recorded.
 * Only an admin reads them.
 */
@Service
public class StaffAuditLog {

    private static final Logger log = LoggerFactory.getLogger(StaffAuditLog.class);
    static final int USERNAME_LENGTH = 64;
    static final int DETAIL_LENGTH = 255;
    static final int ADDRESS_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaffAuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an admin sees of the audit: one row per action, never a member's personal data nor a password. */
    public void record(String username, StaffAction action, String detail, String branchCode, String clientAddress) {
        jdbc.update("INSERT INTO staff_audit (occurred_at, username, action, detail, branch_code, client_address) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                utc(clock.instant()), cut(username == null || username.isBlank() ? "-" : username, USERNAME_LENGTH),
                action.name(), detail == null ? null : cut(detail, DETAIL_LENGTH), branchCode,
                clientAddress == null ? null : cut(clientAddress, ADDRESS_LENGTH));
        log.info("Staff audit: {} {} ({})", action, cut(username == null ? "-" : username, USERNAME_LENGTH), detail);
    }

    /** The actor's own action. */
    public void record(CurrentStaff actor, StaffAction action, String detail, String branchCode) {
        record(actor.username(), action, detail, branchCode, actor.clientAddress());
    }

    /** Newest first, one page at a time in SQL. Admins only. */
    public List<AuditEntry> page(CurrentStaff actor, long offset, int limit) {
        requireAdmin(actor, "audit");
        return jdbc.query("SELECT id, occurred_at, username, action, detail, branch_code, client_address FROM staff_audit "
                        + "ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, row) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("username"), StaffAction.valueOf(rs.getString("action")), rs.getString("detail"),
                        rs.getString("branch_code"), rs.getString("client_address")),
                Math.max(0, limit), Math.max(0, offset));
    }

    /** How many audit rows there are. Admins only. */
    public long count(CurrentStaff actor) {
        requireAdmin(actor, "audit");
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM staff_audit", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Refuses (and records) what only an admin may do. The account is looked up on every call, so an
     * admin disabled a moment ago can do nothing more from a page still open.
     */
    void requireAdmin(CurrentStaff actor, String what) {
        boolean admin = actor != null && actor.admin() && Boolean.TRUE.equals(jdbc.query(
                "SELECT enabled FROM staff_account WHERE id = ? AND role = 'ADMIN'",
                rs -> rs.next() && rs.getBoolean(1), actor.accountId()));
        if (!admin) {
            if (actor != null) {
                record(actor, StaffAction.ACCESS_DENIED, what, actor.branchCode());
            }
            throw new AccessDeniedException("only an admin may read or change " + what);
        }
    }

    static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
