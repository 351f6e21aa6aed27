package id.kiosmandiri;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Staff accounts of a test's own, written with plain JDBC (usernames start with {@code test-}), so
 * tests that disable accounts or type wrong passwords leave the demo accounts as they were. Every
 * test removes what it wrote ({@link #deleteAll()}), with the failed logins counted for its names.
 */
public final class TestStaff {

    public static final String PREFIX = "test-";
    /** The password of every test account. */
    public static final String PASSWORD = "test-password-1";
    /** Cost 4: quick to make; the login checks it like any BCrypt hash. */
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Set<String> usernames = new LinkedHashSet<>();
    /** Audit rows up to this id were written before this instance: earlier tests' rows are not looked at. */
    private final long auditBefore;

    public TestStaff(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        Long last = jdbc.queryForObject("SELECT MAX(id) FROM staff_audit", Long.class);
        this.auditBefore = last == null ? 0 : last;
    }

    /** A branch staff account of {@code branch}, enabled. */
    public long branchStaff(String username, String branch) {
        return account(username, "BRANCH_STAFF", branch);
    }

    /** An admin account without a branch, enabled. */
    public long admin(String username) {
        return account(username, "ADMIN", null);
    }

    private long account(String username, String role, String branch) {
        if (!username.startsWith(PREFIX)) {
            throw new IllegalArgumentException("test staff usernames start with " + PREFIX + ": " + username);
        }
        forget(username);
        usernames.add(username);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO staff_account (username, password_hash, display_name, role, branch_code, enabled, created_at, "
                + "password_changed_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)", username, HASH, "Test " + username, role, branch, now, now);
        return id(username);
    }

    /** Remembers a name an account may get during the test (made through the application), to remove it afterwards. */
    public void willCreate(String username) {
        forget(username);
        usernames.add(username);
    }

    public long id(String username) {
        return jdbc.queryForObject("SELECT id FROM staff_account WHERE username = ?", Long.class, username);
    }

    public boolean enabled(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT enabled FROM staff_account WHERE username = ?", Boolean.class, username));
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.update("UPDATE staff_account SET enabled = ? WHERE username = ?", enabled, username);
    }

    /** An audit row as stored. */
    public record Audited(String username, String action, String detail, String branchCode, String clientAddress) {
    }

    /** The audit rows of one actor (or one name typed at a login) since this instance was made, oldest first. */
    public List<Audited> audit(String username) {
        return jdbc.query("SELECT username, action, detail, branch_code, client_address FROM staff_audit WHERE id > ? "
                        + "AND username = ? ORDER BY id", (rs, i) -> new Audited(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), auditBefore, username);
    }

    /** The audit rows since this instance was made whose detail names this account (account changes do), oldest first. */
    public List<Audited> auditMentioning(String username) {
        return jdbc.query("SELECT username, action, detail, branch_code, client_address FROM staff_audit WHERE id > ? "
                        + "AND detail LIKE ? ORDER BY id", (rs, i) -> new Audited(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), auditBefore, username + " (%");
    }

    public int failedLogins(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_login_failure WHERE username = ?", Integer.class, username);
    }

    public void deleteAll() {
        usernames.forEach(this::forget);
        usernames.clear();
    }

    private void forget(String username) {
        jdbc.update("DELETE FROM staff_account WHERE username = ?", username);
        jdbc.update("DELETE FROM staff_login_failure WHERE username = ?", username);
    }
}
