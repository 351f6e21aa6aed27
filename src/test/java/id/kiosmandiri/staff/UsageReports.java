package id.kiosmandiri.staff;

import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.session.SessionEndReason;
import id.kiosmandiri.session.UsageReport;
import id.kiosmandiri.session.UsageScope;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Usage reports made by hand, as {@code UsageAnalytics} would return them, for the staff tests. */
public final class UsageReports {

    private UsageReports() {
    }

    /**
     * Twelve sessions over the range (5 on the first day, 7 on the last), 4 at 09:00 on Mondays and
     * 8 at 10:00 on Tuesdays; card 6 + 1 failed, NIK 4 + 3, KPJ 2 + 0; one lockout; ended by logout 7,
     * idle 4, print 1; median 3 min 30 s, p90 10 min; two kiosks of Salemba; a metric no bundle knows and one
     * with a detail beyond what the bundle knows.
     */
    public static UsageReport sample(UsageScope scope, LocalDate from, LocalDate to) {
        List<UsageReport.DayCount> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new UsageReport.DayCount(day, day.equals(from) ? 5 : day.equals(to) ? 7 : 0));
        }
        List<Long> hours = zeros(24);
        hours.set(9, 4L);
        hours.set(10, 8L);
        List<List<Long>> week = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            week.add(zeros(24));
        }
        week.get(0).set(9, 4L);
        week.get(1).set(10, 8L);
        return new UsageReport(scope, from, to, 12, days, hours, week,
                List.of(new UsageReport.LoginCount(LoginMethod.CARD, 6, 1), new UsageReport.LoginCount(LoginMethod.NIK, 4, 3),
                        new UsageReport.LoginCount(LoginMethod.KPJ, 2, 0)),
                1,
                List.of(new UsageReport.MetricCount("feature:balance", 9), new UsageReport.MetricCount("receipt-printed:BALANCE_SLIP", 3),
                        new UsageReport.MetricCount("feature:queue-ticket", 2),
                        new UsageReport.MetricCount("receipt-failed:BALANCE_SLIP PAPER_OUT", 1)),
                List.of(new UsageReport.ReasonCount(SessionEndReason.LOGOUT, 7), new UsageReport.ReasonCount(SessionEndReason.IDLE, 4),
                        new UsageReport.ReasonCount(SessionEndReason.PRINT, 1), new UsageReport.ReasonCount(SessionEndReason.ERROR, 0)),
                new UsageReport.DurationSummary(12, Duration.ofSeconds(210), Duration.ofMinutes(10)),
                scope.level() == UsageScope.Level.KIOSK ? List.of()
                        : List.of(new UsageReport.PartCount(UsageScope.kiosk("DEMO-01"), 8), new UsageReport.PartCount(UsageScope.kiosk("TEST-PDF"), 4)));
    }

    /** A range in which nothing happened: every list complete, all zeros, no durations. */
    public static UsageReport empty(UsageScope scope, LocalDate from, LocalDate to) {
        List<UsageReport.DayCount> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new UsageReport.DayCount(day, 0));
        }
        List<List<Long>> week = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            week.add(zeros(24));
        }
        return new UsageReport(scope, from, to, 0, days, zeros(24), week,
                List.of(new UsageReport.LoginCount(LoginMethod.CARD, 0, 0), new UsageReport.LoginCount(LoginMethod.NIK, 0, 0),
                        new UsageReport.LoginCount(LoginMethod.KPJ, 0, 0)),
                0, List.of(),
                List.of(new UsageReport.ReasonCount(SessionEndReason.LOGOUT, 0), new UsageReport.ReasonCount(SessionEndReason.IDLE, 0),
                        new UsageReport.ReasonCount(SessionEndReason.PRINT, 0), new UsageReport.ReasonCount(SessionEndReason.ERROR, 0)),
                new UsageReport.DurationSummary(0, null, null), List.of());
    }

    /** The same report with other session lengths. */
    public static UsageReport withDurations(UsageReport r, UsageReport.DurationSummary durations) {
        return new UsageReport(r.scope(), r.from(), r.to(), r.sessions(), r.sessionsPerDay(), r.sessionsPerHour(), r.sessionsByWeekday(),
                r.logins(), r.lockouts(), r.features(), r.endReasons(), durations, r.sessionsByPart());
    }

    private static List<Long> zeros(int n) {
        return new ArrayList<>(Collections.nCopies(n, 0L));
    }
}
