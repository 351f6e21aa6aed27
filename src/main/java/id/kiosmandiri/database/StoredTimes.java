package id.kiosmandiri.database;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times as the database keeps them: {@code DATETIME(6)} in UTC, as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone}), for the queries written by hand.
 */
public final class StoredTimes {

    private StoredTimes() {
    }

    /** The column value for {@code instant}. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant a column value stands for; null stays null. */
    public static Instant instant(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
