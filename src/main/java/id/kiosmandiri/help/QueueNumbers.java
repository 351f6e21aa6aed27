package id.kiosmandiri.help;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Queue numbers per branch and day, 1, 2, 3, ...: one statement takes the next number under the
 * counter row's lock (as {@code receipt.ReceiptNumbers}), so two kiosks, or two server nodes, never
 * hand out the same one.
 */
@Component
class QueueNumbers {

    private final JdbcTemplate jdbc;

    QueueNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs inside the caller's transaction: LAST_INSERT_ID() is per connection. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(String branchCode, LocalDate day) {
        jdbc.update("""
                INSERT INTO assistance_counter (branch_code, day, last_number) VALUES (?, ?, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)""", branchCode, day);
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Integer.class);
    }
}
