package id.kiosmandiri.receipt;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Receipt numbers unique per kiosk and day, e.g. {@code DEMO-01-20261124-0007}: one statement takes
 * the next number under the counter row's lock, so two servers never hand out the same one.
 */
@Component
class ReceiptNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final JdbcTemplate jdbc;

    ReceiptNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs inside the caller's transaction: LAST_INSERT_ID() is per connection. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(String kioskId, LocalDate day) {
        jdbc.update("""
                INSERT INTO receipt_counter (kiosk_id, day, last_number) VALUES (?, ?, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)""", kioskId, day);
        int n = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Integer.class);
        return "%s-%s-%04d".formatted(kioskId, DAY.format(day), n);
    }
}
