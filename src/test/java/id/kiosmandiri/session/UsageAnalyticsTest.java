package id.kiosmandiri.session;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.member.LoginResult;
import id.kiosmandiri.member.MemberAuthService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff dashboard's figures, as a staff member would check them against what happened at the
 * kiosks: counted as the events arrive, for the kiosk, its branch and all, in the branch's own
 * local day and hour, and rebuilt from the raw events to the same numbers.
 *
 * <p>The tests share the database with every other test, so each writes its events on days of its
 * own, years before the test clock's today (nothing else writes there), and removes them again;
 * the tests of "today" compare before and after, on kiosk ids of their own where they can.
 */
@IntegrationTest
class UsageAnalyticsTest {

    /** Kiosks in Makassar (WITA, UTC+8), Jayapura (WIT, UTC+9) and Jakarta (WIB, UTC+7). */
    private static final String WITA_KIOSK = "TEST-WITA";
    private static final String WITA_BRANCH = "MKSTAMALANREA";
    private static final String WIT_KIOSK = "TEST-WIT";
    private static final String WIB_KIOSK = "DEMO-01";
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    private KioskSessionService sessions;
    @Autowired
    private UsageAnalytics analytics;
    @Autowired
    private KioskRegistry registry;
    @Autowired
    private MemberAuthService auth;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private final List<LocalDate> daysUsed = new ArrayList<>();
    private final List<String> kioskIdsUsed = new ArrayList<>();
    private TestData data;

    /** A day of this test's own: a Wednesday about three years before the test clock's today, one per {@code n}. */
    private LocalDate ownDay(int n) {
        LocalDate day = LocalDate.now(clock).minusYears(3).minusWeeks(n * 2L)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        daysUsed.add(day);
        return day;
    }

    private static Instant at(LocalDate day, String localTime, ZoneId zone) {
        return day.atTime(LocalTime.parse(localTime)).atZone(zone).toInstant();
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        for (LocalDate day : daysUsed) {
            // the raw rows of the local day in any zone, then the rollups of the day and its neighbours
            Object utcFrom = day.minusDays(1).atStartOfDay();
            Object utcTo = day.plusDays(2).atStartOfDay();
            jdbc.update("DELETE FROM usage_event WHERE occurred_at >= ? AND occurred_at < ?", utcFrom, utcTo);
            jdbc.update("DELETE FROM kiosk_session WHERE started_at >= ? AND started_at < ?", utcFrom, utcTo);
            jdbc.update("DELETE FROM usage_daily WHERE day BETWEEN ? AND ?", day.minusDays(1), day.plusDays(1));
            jdbc.update("DELETE FROM usage_hourly WHERE hour >= ? AND hour < ?", utcFrom, utcTo);
        }
        for (String kiosk : kioskIdsUsed) {
            jdbc.update("DELETE FROM usage_event WHERE kiosk_id = ?", kiosk);
            jdbc.update("DELETE FROM kiosk_session WHERE kiosk_id = ?", kiosk);
            jdbc.update("DELETE FROM usage_daily WHERE scope = ?", UsageScope.kiosk(kiosk).key());
            jdbc.update("DELETE FROM usage_hourly WHERE scope = ?", UsageScope.kiosk(kiosk).key());
        }
        if (data != null) {
            data.deleteAll();
        }
    }

    /** One member's visit: a wrong PIN, the right one, three screens, a receipt, then printed out after 2:10. */
    private void oneVisit(String kiosk, Instant start) {
        sessions.record(kiosk, null, LoginUsageRecorder.ATTEMPT, "KPJ", start.minusSeconds(40));
        sessions.record(kiosk, null, LoginUsageRecorder.ATTEMPT, "KPJ", start.minusSeconds(1));
        sessions.record(kiosk, null, LoginUsageRecorder.LOGIN, "KPJ", start.minusSeconds(1));
        Long id = sessions.start(kiosk, null, LoginMethod.KPJ, start);
        sessions.record(kiosk, id, MemberSessions.FEATURE_EVENT, "balance", start.plusSeconds(5));
        sessions.record(kiosk, id, MemberSessions.FEATURE_EVENT, "contributions", start.plusSeconds(30));
        sessions.record(kiosk, id, MemberSessions.FEATURE_EVENT, "balance", start.plusSeconds(60));
        sessions.record(kiosk, id, "receipt-printed", "BALANCE", start.plusSeconds(120));
        // a kind of event no screen knows yet
        sessions.record(kiosk, id, "help-requested", "QUEUE", start.plusSeconds(125));
        sessions.end(id, SessionEndReason.PRINT, start.plusSeconds(130));
    }

    @Test
    void aVisitCountsTheSameForItsKioskItsBranchAndAllKiosks() {
        LocalDate day = ownDay(1);
        oneVisit(WITA_KIOSK, at(day, "10:15", WITA));

        for (UsageScope scope : List.of(UsageScope.kiosk(WITA_KIOSK), UsageScope.branch(WITA_BRANCH), UsageScope.all())) {
            UsageReport r = analytics.report(scope, day.minusDays(1), day.plusDays(1));
            assertThat(r.sessions()).as("%s sessions", scope.key()).isEqualTo(1);
            assertThat(r.sessionsPerDay()).as(scope.key()).containsExactly(new UsageReport.DayCount(day.minusDays(1), 0),
                    new UsageReport.DayCount(day, 1), new UsageReport.DayCount(day.plusDays(1), 0));
            assertThat(r.sessionsPerHour()).hasSize(24);
            assertThat(r.sessionsPerHour().get(10)).as("10:00-10:59 in Makassar").isEqualTo(1);
            assertThat(r.sessionsPerHour().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
            assertThat(r.sessionsByWeekday()).hasSize(7).allSatisfy(hours -> assertThat(hours).hasSize(24));
            assertThat(r.sessionsByWeekday().get(2).get(10)).as("Wednesday 10:00").isEqualTo(1);
            assertThat(r.logins()).containsExactly(new UsageReport.LoginCount(LoginMethod.CARD, 0, 0),
                    new UsageReport.LoginCount(LoginMethod.NIK, 0, 0), new UsageReport.LoginCount(LoginMethod.KPJ, 1, 1));
            assertThat(r.lockouts()).isZero();
            assertThat(r.features()).as("most used first, a new kind of event among them").containsExactly(
                    new UsageReport.MetricCount("feature:balance", 2),
                    new UsageReport.MetricCount("feature:contributions", 1),
                    new UsageReport.MetricCount("help-requested:QUEUE", 1),
                    new UsageReport.MetricCount("receipt-printed:BALANCE", 1));
            assertThat(r.endReasons()).containsExactly(new UsageReport.ReasonCount(SessionEndReason.LOGOUT, 0),
                    new UsageReport.ReasonCount(SessionEndReason.IDLE, 0), new UsageReport.ReasonCount(SessionEndReason.PRINT, 1),
                    new UsageReport.ReasonCount(SessionEndReason.ERROR, 0));
            assertThat(r.durations()).as("2:10 is in the bucket up to 2:15")
                    .isEqualTo(new UsageReport.DurationSummary(1, Duration.ofSeconds(135), Duration.ofSeconds(135)));
        }
        assertThat(analytics.report(UsageScope.kiosk(WITA_KIOSK), day, day).sessionsByPart()).isEmpty();
        assertThat(analytics.report(UsageScope.branch(WITA_BRANCH), day, day).sessionsByPart())
                .as("every kiosk of the branch").containsExactlyElementsOf(registry.kiosks().stream()
                        .filter(k -> k.branchCode().equals(WITA_BRANCH))
                        .map(k -> new UsageReport.PartCount(UsageScope.kiosk(k.id()), k.id().equals(WITA_KIOSK) ? 1 : 0))
                        .sorted(Comparator.comparingLong(UsageReport.PartCount::sessions).reversed()
                                .thenComparing(p -> p.part().key()))
                        .toList());
        List<UsageReport.PartCount> branches = analytics.report(UsageScope.all(), day, day).sessionsByPart();
        assertThat(branches).as("every branch, the busiest first").hasSize(registry.branches().size());
        assertThat(branches.getFirst()).isEqualTo(new UsageReport.PartCount(UsageScope.branch(WITA_BRANCH), 1));
        assertThat(branches.subList(1, branches.size())).allSatisfy(p -> assertThat(p.sessions()).isZero());
    }

    @Test
    void halfPastElevenAtNightUtcIsTheNextMorningInMakassarAndJayapura() {
        LocalDate day = ownDay(2);
        Instant lateUtc = day.atTime(23, 30).toInstant(ZoneOffset.UTC);
        sessions.start(WITA_KIOSK, null, LoginMethod.CARD, lateUtc);   // 07:30 WITA on the next day
        sessions.start(WIT_KIOSK, null, LoginMethod.NIK, lateUtc);     // 08:30 WIT on the next day
        sessions.start(WIB_KIOSK, null, LoginMethod.NIK, day.atTime(16, 59, 59).toInstant(ZoneOffset.UTC)); // 23:59:59 WIB

        LocalDate nextDay = day.plusDays(1);
        int thursday = nextDay.getDayOfWeek().getValue() - 1;
        UsageReport wita = analytics.report(UsageScope.kiosk(WITA_KIOSK), day, nextDay);
        assertThat(wita.sessionsPerDay()).containsExactly(new UsageReport.DayCount(day, 0), new UsageReport.DayCount(nextDay, 1));
        assertThat(wita.sessionsByWeekday().get(thursday).get(7)).isEqualTo(1);
        UsageReport wit = analytics.report(UsageScope.kiosk(WIT_KIOSK), day, nextDay);
        assertThat(wit.sessionsPerDay()).containsExactly(new UsageReport.DayCount(day, 0), new UsageReport.DayCount(nextDay, 1));
        assertThat(wit.sessionsByWeekday().get(thursday).get(8)).isEqualTo(1);

        UsageReport all = analytics.report(UsageScope.all(), day, nextDay);
        assertThat(all.sessionsPerDay()).as("each kiosk's own day")
                .containsExactly(new UsageReport.DayCount(day, 1), new UsageReport.DayCount(nextDay, 2));
        assertThat(all.sessionsByWeekday().get(thursday - 1).get(23)).as("Wednesday 23:00 in Jakarta").isEqualTo(1);
        assertThat(all.sessionsPerHour().get(7)).isEqualTo(1);
        assertThat(all.sessionsPerHour().get(8)).isEqualTo(1);
        assertThat(all.sessionsPerHour().get(23)).isEqualTo(1);
        assertThat(all.sessionsPerHour().get(16)).as("nothing counted at the UTC hour").isZero();
    }

    @Test
    void medianAndNinetiethPercentileAreTheUpperEdgesOfTheirBuckets() {
        LocalDate day = ownDay(3);
        Instant nine = at(day, "09:00", WITA);
        // buckets: 15, 30, 45, 60, 75, 105, 210, 420, 1020 s and "longer"
        long[] seconds = {10, 20, 40, 50, 70, 100, 200, 400, 1000, 2000};
        for (int i = 0; i < seconds.length; i++) {
            Instant start = nine.plus(Duration.ofMinutes(i));
            Long id = sessions.start(WITA_KIOSK, null, LoginMethod.CARD, start);
            sessions.end(id, i % 2 == 0 ? SessionEndReason.LOGOUT : SessionEndReason.IDLE, start.plusSeconds(seconds[i]));
        }
        UsageReport r = analytics.report(UsageScope.kiosk(WITA_KIOSK), day, day);
        assertThat(r.durations()).as("5th of 10: 70 s (bucket up to 75 s); 9th of 10: 1000 s (up to 17 min)")
                .isEqualTo(new UsageReport.DurationSummary(10, Duration.ofSeconds(75), Duration.ofSeconds(1020)));
        assertThat(r.endReasons()).contains(new UsageReport.ReasonCount(SessionEndReason.LOGOUT, 5),
                new UsageReport.ReasonCount(SessionEndReason.IDLE, 5));

        // one more over half an hour: the 90th percentile is "30 minutes or longer"
        Long id = sessions.start(WITA_KIOSK, null, LoginMethod.CARD, nine.plus(Duration.ofMinutes(20)));
        sessions.end(id, SessionEndReason.IDLE, nine.plus(Duration.ofMinutes(60)));
        assertThat(analytics.report(UsageScope.kiosk(WITA_KIOSK), day, day).durations())
                .isEqualTo(new UsageReport.DurationSummary(11, Duration.ofSeconds(105), UsageAnalytics.LONGEST_MEASURED));
    }

    @Test
    void failedLoginsAndLockoutsAreCountedByMethodFromTheMemberModulesEvents() throws Exception {
        String kiosk = "USAGE-LOGINS";
        kioskIdsUsed.add(kiosk);
        data = new TestData(jdbc, clock);
        String kpj = TestData.KPJ_PREFIX + "760001";
        String nik = "3471051505900076";
        data.loginMember(nik, kpj, TestData.KPJ_PREFIX + "76001", "Uji Statistik");
        String otherKpj = TestData.KPJ_PREFIX + "760002";
        data.loginMember("3471051505900084", otherKpj, TestData.KPJ_PREFIX + "76002", "Uji Statistik Dua");

        assertThat(auth.login(kiosk, "192.0.2.76", LoginMethod.KPJ, kpj, "111111")).isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login(kiosk, "192.0.2.76", LoginMethod.KPJ, kpj, "111112")).isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login(kiosk, "192.0.2.76", LoginMethod.KPJ, kpj, "111113")).isInstanceOf(LoginResult.Locked.class);
        assertThat(auth.login(kiosk, "192.0.2.76", LoginMethod.NIK, nik, TestData.PIN)).as("still locked")
                .isInstanceOf(LoginResult.Locked.class);
        assertThat(auth.login(kiosk, "192.0.2.76", LoginMethod.CARD, "0009999999", TestData.PIN)).as("no such card")
                .isInstanceOf(LoginResult.Wrong.class);
        assertThat(auth.login(kiosk, "192.0.2.76", LoginMethod.KPJ, otherKpj, TestData.PIN)).isInstanceOf(LoginResult.Success.class);

        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))); // the unknown kiosk counts in the default kiosk's branch (WIB)
        List<UsageReport.LoginCount> expected = List.of(new UsageReport.LoginCount(LoginMethod.CARD, 0, 1),
                new UsageReport.LoginCount(LoginMethod.NIK, 0, 1), new UsageReport.LoginCount(LoginMethod.KPJ, 1, 3));
        // the events are recorded after the logins' transactions, by their listeners
        waitFor(() -> analytics.report(UsageScope.kiosk(kiosk), today, today).logins().equals(expected)
                && analytics.report(UsageScope.kiosk(kiosk), today, today).lockouts() == 1, "six attempts, one login, one lockout");
        UsageReport r = analytics.report(UsageScope.kiosk(kiosk), today, today);
        assertThat(r.logins()).isEqualTo(expected);
        assertThat(r.lockouts()).isEqualTo(1);
        assertThat(r.features()).as("logins and lockouts have figures of their own").isEmpty();
        assertThat(analytics.today(List.of(kiosk))).containsEntry(kiosk, new UsageAnalytics.KioskToday(0, 5));
        assertThat(jdbc.queryForList("SELECT detail FROM usage_event WHERE kiosk_id = ? AND event_type = 'lockout'",
                String.class, kiosk)).containsExactly("KPJ");
    }

    @Test
    void aRebuildFromTheRawEventsGivesExactlyWhatWasCountedAsTheyArrived() {
        LocalDate day = ownDay(4);
        oneVisit(WITA_KIOSK, at(day, "10:15", WITA));
        oneVisit(WIT_KIOSK, day.atTime(23, 30).toInstant(ZoneOffset.UTC));         // the next day in Jayapura
        oneVisit(WIB_KIOSK, day.atTime(16, 58).toInstant(ZoneOffset.UTC));        // ends after midnight in Jakarta
        oneVisit("NOT-CONFIGURED", at(day, "12:00", ZoneId.of("Asia/Jakarta"))); // counted in the default kiosk's branch
        kioskIdsUsed.add("NOT-CONFIGURED");
        sessions.record(WIB_KIOSK, null, "invalid-input", "login", at(day, "08:00", ZoneId.of("Asia/Jakarta")));
        sessions.record(WIB_KIOSK, null, "login-attempt", null, at(day, "08:01", ZoneId.of("Asia/Jakarta"))); // before V9: no method
        sessions.record(WIB_KIOSK, null, "feature", "Balance ", at(day, "08:02", ZoneId.of("Asia/Jakarta"))); // case and space kept
        sessions.record(WIB_KIOSK, null, "feature", "x".repeat(200), at(day, "08:03", ZoneId.of("Asia/Jakarta")));
        List<String> counted = rollupRows(day);
        assertThat(counted).as("rollups counted").hasSizeGreaterThan(100);

        jdbc.update("UPDATE usage_daily SET count = count + 5 WHERE day = ?", day);       // a bug that counted wrong
        jdbc.update("DELETE FROM usage_hourly WHERE hour >= ? AND hour < ?", day.atStartOfDay(), day.atTime(12, 0));
        assertThat(rollupRows(day)).isNotEqualTo(counted);

        long read = analytics.rebuild(day.minusDays(1), day.plusDays(1));
        assertThat(rollupRows(day)).as("rebuilt").containsExactlyElementsOf(counted);
        assertThat(read).as("every event of the three local days").isEqualTo(4 * 10 + 4);
        assertThat(analytics.report(UsageScope.all(), day.minusDays(1), day.plusDays(1)).sessions()).isEqualTo(4);
    }

    /** Every rollup row from the day before to the day after, as text, in key order. */
    private List<String> rollupRows(LocalDate day) {
        List<String> rows = new ArrayList<>(jdbc.query("SELECT scope, day, metric, count FROM usage_daily WHERE day BETWEEN ? AND ? "
                        + "ORDER BY scope, day, metric", (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)
                        + " = " + rs.getLong(4), day.minusDays(1), day.plusDays(1)));
        rows.addAll(jdbc.query("SELECT scope, hour, metric, count FROM usage_hourly WHERE hour >= ? AND hour < ? "
                        + "ORDER BY scope, hour, metric", (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)
                        + " = " + rs.getLong(4), day.minusDays(1).atStartOfDay(), day.plusDays(2).atStartOfDay()));
        return rows;
    }

    @Test
    void eventsRecordedInParallelAreAllCountedWithoutDeadlocks() throws Exception {
        LocalDate day = ownDay(5);
        Instant noon = at(day, "12:00", WITA);
        List<String> kiosks = List.of(WITA_KIOSK, WIT_KIOSK, WIB_KIOSK, "TEST-PRINT");
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String kiosk = kiosks.get((thread + i) % kiosks.size());
                        Instant at = noon.plusMillis(i);
                        Long id = sessions.start(kiosk, null, LoginMethod.values()[i % 3], at);
                        sessions.record(kiosk, id, MemberSessions.FEATURE_EVENT, "balance", at);
                        sessions.end(id, SessionEndReason.LOGOUT, at.plusSeconds(20));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(); // a deadlock or a lost update would fail here
            }
        } finally {
            pool.shutdown();
        }
        UsageReport all = analytics.report(UsageScope.all(), day, day);
        assertThat(all.sessions()).isEqualTo(threads * each);
        assertThat(all.features()).containsExactly(new UsageReport.MetricCount("feature:balance", threads * each));
        assertThat(all.durations().measured()).isEqualTo(threads * each);
        assertThat(all.sessionsByPart().stream().mapToLong(UsageReport.PartCount::sessions).sum()).isEqualTo(threads * each);
        long perKiosk = kiosks.stream().mapToLong(k -> analytics.report(UsageScope.kiosk(k), day, day).sessions()).sum();
        assertThat(perKiosk).isEqualTo(threads * each);
    }

    @Test
    void todayIsEachKiosksOwnLocalDay() {
        String wibKiosk = "USAGE-TODAY";   // not configured: counts in the default kiosk's branch, Jakarta
        kioskIdsUsed.add(wibKiosk);
        LocalDate jakartaToday = clock.instant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
        // 01:00 today in Jayapura is still yesterday, 23:00, in Jakarta
        Instant jayapuraOneAm = jakartaToday.atTime(1, 0).atZone(ZoneId.of("Asia/Jayapura")).toInstant();
        Map<String, UsageAnalytics.KioskToday> before = analytics.today(List.of(WIT_KIOSK));

        List<Long> ids = new ArrayList<>();
        ids.add(sessions.start(WIT_KIOSK, null, LoginMethod.CARD, jayapuraOneAm));
        ids.add(sessions.start(wibKiosk, null, LoginMethod.CARD, jayapuraOneAm));
        Instant now = clock.instant();
        sessions.record(wibKiosk, null, LoginUsageRecorder.ATTEMPT, "NIK", now);
        sessions.record(wibKiosk, null, LoginUsageRecorder.ATTEMPT, "NIK", now);
        sessions.record(wibKiosk, null, LoginUsageRecorder.ATTEMPT, "CARD", now);
        sessions.record(wibKiosk, null, LoginUsageRecorder.LOGIN, "NIK", now);
        ids.add(sessions.start(wibKiosk, null, LoginMethod.NIK, now));
        try {
            Map<String, UsageAnalytics.KioskToday> today = analytics.today(List.of(WIT_KIOSK, wibKiosk, "NO-SUCH-KIOSK"));
            assertThat(today).containsOnlyKeys(WIT_KIOSK, wibKiosk, "NO-SUCH-KIOSK");
            assertThat(today.get(WIT_KIOSK).sessions()).as("today in Jayapura").isEqualTo(before.get(WIT_KIOSK).sessions() + 1);
            assertThat(today.get(wibKiosk)).as("yesterday in Jakarta does not count; 2 NIK and 1 card failed")
                    .isEqualTo(new UsageAnalytics.KioskToday(1, 2));
            assertThat(today.get("NO-SUCH-KIOSK")).isEqualTo(new UsageAnalytics.KioskToday(0, 0));
        } finally {
            jdbc.update("DELETE FROM usage_event WHERE session_id IN (?, ?, ?)", ids.toArray());
            jdbc.update("DELETE FROM kiosk_session WHERE id IN (?, ?, ?)", ids.toArray());
        }
    }

    @Test
    void aRangeEndsAfterItStartsAndSpansAtMostAYear() {
        LocalDate day = ownDay(6);
        assertThatThrownBy(() -> analytics.report(UsageScope.all(), day, day.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the first day");
        assertThatThrownBy(() -> analytics.report(UsageScope.all(), day, day.plusDays(UsageAnalytics.MAX_DAYS + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + UsageAnalytics.MAX_DAYS + " days");
        assertThatThrownBy(() -> analytics.rebuild(day, day.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        UsageReport year = analytics.report(UsageScope.branch(WITA_BRANCH), day, day.plusDays(UsageAnalytics.MAX_DAYS));
        assertThat(year.sessionsPerDay()).hasSize(UsageAnalytics.MAX_DAYS + 1);
        assertThat(year.sessions()).isZero();
        assertThat(year.durations()).isEqualTo(new UsageReport.DurationSummary(0, null, null));
    }

    private static void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
