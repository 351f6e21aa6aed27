package id.kiosmandiri.session;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How members used the kiosks of one scope over a range of days (both ends included), everything
 * the staff analytics page shows, from the rollup tables. Days and hours are the branch's own
 * local time (for {@link UsageScope#all()}: each branch's own, so "10:00" means ten in the morning
 * wherever the kiosk stands). Lists are complete: every day of the range, 24 hours, 7 weekdays
 * (Monday first), every login method and end reason, with zeros where nothing happened.
 *
 * @param sessions            member sessions started in the range
 * @param sessionsPerDay      one entry per day of the range
 * @param sessionsPerHour     24 values, hour of day 0..23
 * @param sessionsByWeekday   7 lists (Monday..Sunday) of 24 values: the heat map
 * @param logins              one per {@link LoginMethod}: PINs accepted, and attempts that failed
 * @param lockouts            members locked out after too many wrong PINs
 * @param features            every other thing the usage events name ("feature:balance",
 *                            "receipt-printed:BALANCE", ...), most used first: a new feature appears
 *                            here without a change to the dashboard
 * @param endReasons          one per {@link SessionEndReason}
 * @param durations           how long sessions lasted
 * @param sessionsByPart      per kiosk for a branch, per branch for all; empty for one kiosk; most first
 */
public record UsageReport(UsageScope scope, LocalDate from, LocalDate to, long sessions,
                          List<DayCount> sessionsPerDay, List<Long> sessionsPerHour, List<List<Long>> sessionsByWeekday,
                          List<LoginCount> logins, long lockouts, List<MetricCount> features,
                          List<ReasonCount> endReasons, DurationSummary durations, List<PartCount> sessionsByPart) {

    public record DayCount(LocalDate day, long sessions) {
    }

    public record LoginCount(LoginMethod method, long succeeded, long failed) {
    }

    /** {@code metric} is what the events say, {@code <event type>:<detail>}; screens translate it when they know it. */
    public record MetricCount(String metric, long count) {
    }

    public record ReasonCount(SessionEndReason reason, long sessions) {
    }

    /**
     * Median and 90th percentile of the ended sessions' durations, from a histogram of fixed
     * buckets (each figure is the upper edge of its bucket: an estimate, said so on screen);
     * both {@code null} when no session ended in the range.
     */
    public record DurationSummary(long measured, Duration median, Duration p90) {
    }

    public record PartCount(UsageScope part, long sessions) {
    }
}
