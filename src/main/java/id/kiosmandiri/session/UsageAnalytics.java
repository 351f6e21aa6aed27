package id.kiosmandiri.session;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Usage figures for the staff dashboard, read from the rollup tables (per kiosk, per branch and for
 * all kiosks, by hour and by day of the branch's local time), which the usage records keep up to
 * date as events arrive. Never scans the raw events, except to rebuild the rollups.
 * Who may ask for which scope is the staff module's business.
 */
@Service
public class UsageAnalytics {

    /** The longest range one report covers. */
    public static final int MAX_DAYS = 366;

    /** Sessions and failed logins today at one kiosk, today being the kiosk's own local day. */
    public record KioskToday(long sessions, long failedLogins) {
    }

    /**
     * @param from first day, included
     * @param to   last day, included; at most {@link #MAX_DAYS} days after {@code from}
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is too long
     */
    public UsageReport report(UsageScope scope, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("contract: implemented on branch m9-analytics");
    }

    /** For each kiosk id given: its counts today (zeros for a kiosk with none). */
    public Map<String, KioskToday> today(Collection<String> kioskIds) {
        throw new UnsupportedOperationException("contract: implemented on branch m9-analytics");
    }

    /**
     * Recomputes the rollups of the given days (every scope) from the raw usage events and kiosk
     * sessions, replacing what was there: after a bug fix, a restore, or a change of metric.
     *
     * @return the number of raw events read
     */
    public long rebuild(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("contract: implemented on branch m9-analytics");
    }
}
