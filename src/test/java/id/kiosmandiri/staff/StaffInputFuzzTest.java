package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.LogCapture;
import id.kiosmandiri.TestData;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.help.HelpStatistics;
import id.kiosmandiri.member.HostileStrings;
import id.kiosmandiri.member.MemberPinLock;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import id.kiosmandiri.session.UsageReport;
import id.kiosmandiri.session.UsageScope;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 generated values for each input of the staff forms, given to the services behind them
 * (hostile strings, near misses and some valid values; dates of any year, missing or reversed):
 * <ul>
 *   <li>member look-up: anything but 16 or 11 ASCII digits is refused and audits nothing; a number is
 *       looked up and audited once, masked;</li>
 *   <li>reason for a rejection: a refused reason leaves the request pending with nothing stored; an
 *       accepted one is stored as typed, stripped, and audited once;</li>
 *   <li>analytics range: a report or a range refusal (for one range in ten also the help statistics, and
 *       for another the CSV, audited);</li>
 *   <li>new staff account: a bad username, name, role or branch is refused and stores nothing.</li>
 * </ul>
 * No other exception escapes (on a page: an HTTP 500), and nothing is logged as an error or with a
 * stack trace.
 */
@IntegrationTest
class StaffInputFuzzTest {

    private static final int CASES = 10_000;
    private static final String NIK = "3471051505905001";
    private static final String BRANCH = "MKSTAMALANREA"; // no other test lists its pending changes
    private static final String KIOSK = "TEST-WITA";
    private static final List<String> BRANCHES = List.of("JKTSALEMBA", "BDGSUCI", "MKSTAMALANREA", "JYPJAYAPURA");

    @Autowired
    MemberUnlocks unlocks;
    @Autowired
    ContactApprovals approvals;
    @Autowired
    StaffAnalytics analytics;
    @Autowired
    StaffAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestStaff staff;
    private TestData data;
    private long auditBefore;
    private CurrentStaff admin;
    private CurrentStaff makassar;
    private final List<Long> createdAccounts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, clock);
        data = new TestData(jdbc, clock);
        Long last = jdbc.queryForObject("SELECT MAX(id) FROM staff_audit", Long.class);
        auditBefore = last == null ? 0 : last;
        admin = new CurrentStaff(staff.admin("test-fuzz-admin"), "test-fuzz-admin", "Test", StaffRole.ADMIN, null, "192.0.2.50");
        makassar = new CurrentStaff(staff.branchStaff("test-fuzz-mks", BRANCH), "test-fuzz-mks", "Test", StaffRole.BRANCH_STAFF,
                BRANCH, "192.0.2.51");
    }

    @AfterEach
    void tearDown() {
        createdAccounts.forEach(id -> jdbc.update("DELETE FROM staff_account WHERE id = ?", id));
        data.deleteAll(); // with the member's change requests
        staff.deleteAll();
        jdbc.update("DELETE FROM staff_audit WHERE id > ? AND username IN (?, ?)", auditBefore, admin.username(), makassar.username());
    }

    // ---------------------------------------------------------------- member look-up

    @Test
    void aMemberIsLookedUpOnlyByANumberAndTheAuditNeverHoldsIt() {
        List<String> known = jdbc.queryForList("(SELECT nik FROM member WHERE nik NOT LIKE '34%' ORDER BY id LIMIT 5) "
                + "UNION ALL (SELECT kpj FROM membership_card WHERE kpj NOT LIKE '19999%' ORDER BY id LIMIT 5)", String.class);
        assertThat(known).hasSize(10);
        List<String> inputs = memberNumbers(known).sampleStream().limit(CASES).toList();
        int auditRows = rows("staff_audit");
        List<String> numbers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Unexpected unexpected = new Unexpected();

        try (LogCapture log = LogCapture.capture()) {
            for (String input : inputs) {
                String number = input == null ? "" : input.strip().replace(" ", "");
                boolean wellShaped = number.chars().allMatch(c -> c >= '0' && c <= '9') && (number.length() == 16 || number.length() == 11);
                Optional<Optional<MemberPinLock>> outcome = unexpected.call(input, MemberLookupRefusal.class, () -> unlocks.lookup(makassar, input));
                if (unexpected.lastWasUnexpected()) {
                    continue;
                }
                if (outcome.isEmpty()) {
                    assertThat(wellShaped).as("refused %s", show(input)).isFalse();
                    assertThat(unexpected.lastRefusal()).isEqualTo(MemberUnlocks.BAD_NUMBER);
                    continue;
                }
                assertThat(wellShaped).as("looked up %s", show(input)).isTrue();
                Optional<MemberPinLock> found = outcome.get();
                if (known.contains(number)) {
                    assertThat(found).as("a demo member's number %s", show(input)).isPresent();
                }
                numbers.add(number);
                expected.add((number.length() == 16 ? "NIK " : "KPJ ") + "*".repeat(number.length() - 4)
                        + number.substring(number.length() - 4) + found.map(m -> " member " + m.memberId()).orElse(" not found"));
            }
            unexpected.assertNone();
            assertThat(log.errorsAndStackTraces()).isEmpty();
        }

        assertThat(expected).as("well-shaped numbers among the cases").hasSizeGreaterThan(100);
        assertThat(numbers).as("demo members found").containsAnyElementsOf(known);
        List<TestStaff.Audited> audited = staff.audit(makassar.username());
        assertThat(audited).extracting(TestStaff.Audited::action).containsOnly("MEMBER_LOOKUP");
        assertThat(audited).as("one row per number looked up, none for the rest").extracting(TestStaff.Audited::detail)
                .containsExactlyElementsOf(expected);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(audited.get(i).detail()).doesNotContain(numbers.get(i));
        }
        assertThat(rows("staff_audit")).as("no other audit row").isEqualTo(auditRows + expected.size());
    }

    /** Hostile strings, numbers of a wrong length or with a wrong character, and numbers (spaced, padded, of demo members). */
    private static Arbitrary<String> memberNumbers(List<String> known) {
        Arbitrary<String> nik = Arbitraries.strings().numeric().ofLength(16);
        Arbitrary<String> kpj = Arbitraries.strings().numeric().ofLength(11);
        Arbitrary<String> number = Arbitraries.frequencyOf(Tuple.of(2, nik), Tuple.of(2, kpj), Tuple.of(1, Arbitraries.of(known)));
        Arbitrary<String> wrongLength = Arbitraries.of(10, 12, 15, 17, 27).flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
        Arbitrary<String> spaced = number.flatMap(n -> Arbitraries.of(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "-", ".", "/", "\u200b")
                .flatMap(gap -> Arbitraries.integers().between(0, n.length()).map(at -> n.substring(0, at) + gap + n.substring(at))));
        Arbitrary<String> padded = number.flatMap(n -> Arbitraries.of(" ", "\t", "\r\n", "\u2028", "\u00a0", "\u200b", "\u0000", "+", "0")
                .flatMap(pad -> Arbitraries.of(pad + n, n + pad, pad + n + pad)));
        Arbitrary<String> oneWrong = number.flatMap(n -> Arbitraries.integers().between(0, n.length() - 1)
                .flatMap(at -> Arbitraries.of("O", "l", "I", "١", "٣", "０", "９", "²", "⑤", "x", "'", "%", "\u0301")
                        .map(c -> n.substring(0, at) + c + n.substring(at + 1))));
        return Arbitraries.frequencyOf(
                Tuple.of(20, HostileStrings.any()),
                Tuple.of(3, wrongLength),
                Tuple.of(2, spaced),
                Tuple.of(2, padded),
                Tuple.of(3, oneWrong),
                Tuple.of(1, number)).injectNull(0.005);
    }

    // ---------------------------------------------------------------- reason for a rejection

    @Test
    void aRejectionIsStoredOnlyWithAReasonTheMemberCanRead() {
        long member = data.member(NIK, "Fuzz Alasan Tolak", Segment.PU, MemberStatus.ACTIVE);
        List<String> reasons = reasons().sampleStream().limit(CASES).toList();
        List<Long> rejected = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        long request = pendingRequest(member);
        Unexpected unexpected = new Unexpected();

        try (LogCapture log = LogCapture.capture()) {
            for (String reason : reasons) {
                String why = reason == null ? "" : reason.strip();
                boolean fit = readable(reason);
                if (fit) {
                    assertUntouched(request); // by every refusal since the last acceptance
                }
                long id = request;
                Optional<Boolean> outcome = unexpected.call(reason, ApprovalRefusal.class, () -> {
                    approvals.reject(makassar, id, reason);
                    return true;
                });
                if (unexpected.lastWasUnexpected()) {
                    continue;
                }
                if (outcome.isEmpty()) {
                    assertThat(fit).as("refused %s", show(reason)).isFalse();
                    assertThat(unexpected.lastRefusal()).isEqualTo("staff.approvals.error.invalid-reason");
                    continue;
                }
                assertThat(fit).as("accepted %s", show(reason)).isTrue();
                Map<String, Object> row = jdbc.queryForMap("SELECT status, reject_reason, decided_by FROM profile_change_request WHERE id = ?", id);
                assertThat(row.get("status")).as("status after %s", show(reason)).isEqualTo("REJECTED");
                assertThat(row.get("reject_reason")).as("stored for %s", show(reason)).isEqualTo(why);
                assertThat(row.get("decided_by")).isEqualTo(makassar.username());
                rejected.add(id);
                stored.add(why);
                request = pendingRequest(member);
            }
            unexpected.assertNone();
            assertThat(log.errorsAndStackTraces()).isEmpty();
        }

        assertUntouched(request);
        assertThat(rejected).as("accepted reasons among the cases").hasSizeGreaterThan(100);
        assertThat(reasons.size() - rejected.size()).as("refused reasons among the cases").isGreaterThan(CASES / 2);
        assertThat(jdbc.queryForList("SELECT reject_reason FROM profile_change_request WHERE member_id = ? AND status = 'REJECTED' ORDER BY id",
                String.class, member)).isEqualTo(stored);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM profile_change_request WHERE member_id = ?", Integer.class, member))
                .as("the rejected requests and the one still pending").isEqualTo(rejected.size() + 1);
        assertThat(staff.audit(makassar.username())).as("one audit row per rejection")
                .extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactlyElementsOf(rejected.stream().map(id -> org.assertj.core.groups.Tuple.tuple("CHANGE_REJECTED",
                        "change " + id + " EMAIL " + BRANCH)).toList());
    }

    /** What the profile module takes as a reason: 3 to 200 characters once stripped, every one of them readable. */
    private static boolean readable(String reason) {
        String why = reason == null ? "" : reason.strip();
        return why.length() >= 3 && why.length() <= 200 && why.codePoints().noneMatch(StaffInputFuzzTest::unreadable);
    }

    /** A control or invisible format character, or half of a surrogate pair: nothing a member can read. */
    private static boolean unreadable(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }

    /**
     * A pending email change at a kiosk of {@link #BRANCH}, written as the profile module stores one
     * (without the usage event a request at a kiosk counts, which would go into the kiosk's figures).
     */
    private long pendingRequest(long member) {
        jdbc.update("INSERT INTO profile_change_request (member_id, field, old_value, new_value, kiosk_id, branch_code, requested_at, status) "
                        + "VALUES (?, 'EMAIL', NULL, 'fuzz.baru@example.com', ?, ?, ?, 'PENDING')",
                member, KIOSK, BRANCH, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("SELECT MAX(id) FROM profile_change_request WHERE member_id = ?", Long.class, member);
    }

    private void assertUntouched(long request) {
        Map<String, Object> row = jdbc.queryForMap("SELECT status, reject_reason, decided_by, decided_at FROM profile_change_request WHERE id = ?",
                request);
        assertThat(row).as("request %d after refused reasons", request)
                .containsEntry("status", "PENDING").containsEntry("reject_reason", null)
                .containsEntry("decided_by", null).containsEntry("decided_at", null);
    }

    /** Mostly reasons to refuse: hostile strings, too short or long, control and invisible characters inside; some readable ones. */
    private static Arbitrary<String> reasons() {
        Arbitrary<String> plausible = Arbitraries.of("Nomor tidak aktif", "Email tidak bisa dihubungi, mohon periksa lagi",
                "Data sudah diubah di loket", "<b>Alamat</b> kurang lengkap", "Nama & nomor tidak cocok", "Mohon datang ke kantor cabang 😀");
        Arbitrary<String> wrongLength = Arbitraries.of(0, 1, 2, 201, 202, 500).flatMap(n -> Arbitraries.strings().alpha().ofLength(n));
        Arbitrary<String> atTheEdge = Arbitraries.of(3, 200).flatMap(n -> Arbitraries.strings().alpha().ofLength(n))
                .flatMap(s -> Arbitraries.of(s, " " + s + "\t", "\n" + s + "\u2003"));
        Arbitrary<String> emoji = Arbitraries.of(1, 99, 100, 101).map("😀"::repeat);
        Arbitrary<String> invisible = plausible.flatMap(r -> Arbitraries.of("\n", "\t", "\r", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085",
                        "\u00ad", "\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\ud834\udd73", "\ud83d", "\ude00")
                .flatMap(c -> Arbitraries.integers().between(1, r.length() - 1).map(at -> r.substring(0, at) + c + r.substring(at))));
        Arbitrary<String> blank = Arbitraries.of("", " ", "   ", "\t\n", "\u2003\u2003\u2003\u2003", " a ", "  ab  ", "\u3000ab\u3000");
        Arbitrary<String> any = Arbitraries.frequencyOf(
                Tuple.of(8, HostileStrings.any()),
                Tuple.of(2, wrongLength),
                Tuple.of(1, atTheEdge),
                Tuple.of(1, emoji),
                Tuple.of(3, invisible),
                Tuple.of(2, blank),
                Tuple.of(1, plausible));
        // each accepted reason decides a request (and a new one is made): about 3 in 100, without edge cases (which jqwik mixes in evenly)
        return Arbitraries.frequencyOf(
                Tuple.of(97, any.filter(r -> !readable(r)).injectNull(0.01)),
                Tuple.of(3, any.filter(StaffInputFuzzTest::readable).withoutEdgeCases()));
    }

    // ---------------------------------------------------------------- analytics range

    private record Days(LocalDate from, LocalDate to) {
    }

    private static final List<UsageScope> SCOPES = List.of(UsageScope.all(), UsageScope.branch("JKTSALEMBA"),
            UsageScope.kiosk("DEMO-01"), UsageScope.branch(BRANCH), UsageScope.kiosk("TEST-WIT"));

    @Test
    void anyRangeGivesAReportOrARangeRefusal() {
        // the last and first days a LocalDate has, every time; then generated ones
        List<Days> edges = List.of(new Days(LocalDate.MAX, LocalDate.MAX), new Days(LocalDate.MAX.minusDays(365), LocalDate.MAX),
                new Days(LocalDate.MIN, LocalDate.MIN), new Days(LocalDate.MIN, LocalDate.MIN.plusDays(365)),
                new Days(null, LocalDate.MAX), new Days(LocalDate.MIN, null));
        List<Days> cases = java.util.stream.Stream.concat(edges.stream(), ranges().sampleStream()).limit(CASES).toList();
        int auditRows = rows("staff_audit");
        int reports = 0;
        int exports = 0;
        Unexpected unexpected = new Unexpected();

        try (LogCapture log = LogCapture.capture()) {
            for (int i = 0; i < cases.size(); i++) {
                Days days = cases.get(i);
                UsageScope scope = SCOPES.get(i % SCOPES.size());
                String input = scope.key() + " " + days.from() + " to " + days.to();
                StaffAnalytics.Range defaults = analytics.defaultRange(scope);
                LocalDate first = days.from() == null ? defaults.from() : days.from();
                LocalDate last = days.to() == null ? defaults.to() : days.to();
                long length = last.toEpochDay() - first.toEpochDay() + 1;
                String refusal = length < 1 ? "staff.analytics.error.order" : length > StaffAnalytics.MAX_DAYS ? "staff.analytics.error.too-long" : null;

                Optional<StaffAnalytics.Range> range = unexpected.call(input, AnalyticsRangeException.class,
                        () -> analytics.range(scope, days.from(), days.to()));
                Optional<Optional<UsageReport>> report = unexpected.call(input, AnalyticsRangeException.class,
                        () -> analytics.report(admin, scope, days.from(), days.to()));
                Optional<Optional<HelpStatistics>> help = i % 10 == 5 ? unexpected.call(input, AnalyticsRangeException.class,
                        () -> analytics.helpStatistics(admin, scope, days.from(), days.to())) : Optional.empty();
                boolean export = i % 10 == 0;
                Optional<Optional<StaffAnalytics.CsvFile>> csv = export ? unexpected.call(input, AnalyticsRangeException.class,
                        () -> analytics.exportCsv(admin, scope, days.from(), days.to())) : Optional.empty();
                if (unexpected.lastWasUnexpected()) {
                    continue;
                }
                if (refusal != null) {
                    assertThat(unexpected.lastRefusal()).as("refusal of %s", input).isEqualTo(refusal);
                    assertThat(range).as("range %s", input).isEmpty();
                    assertThat(report).as("report %s", input).isEmpty();
                    assertThat(csv).as("csv %s", input).isEmpty();
                    assertThat(help).as("help statistics %s", input).isEmpty();
                    continue;
                }
                assertThat(range).as("range %s", input).contains(new StaffAnalytics.Range(first, last));
                UsageReport r = report.orElseThrow(() -> new AssertionError("refused " + input)).orElseThrow();
                assertThat(r.from()).as("from %s", input).isEqualTo(first);
                assertThat(r.to()).as("to %s", input).isEqualTo(last);
                assertThat(r.sessionsPerDay()).as("days of %s", input).hasSize((int) length);
                assertThat(r.sessions()).isNotNegative();
                reports++;
                if (i % 10 == 5) {
                    HelpStatistics h = help.orElseThrow(() -> new AssertionError("refused " + input)).orElseThrow();
                    assertThat(h.closed()).as("help requests closed in %s", input).isNotNegative();
                }
                if (export) {
                    StaffAnalytics.CsvFile file = csv.orElseThrow(() -> new AssertionError("refused " + input)).orElseThrow();
                    assertThat(file.fileName()).as("csv of %s", input).endsWith("_" + first + "_" + last + ".csv");
                    assertThat(file.content()).isNotEmpty();
                    exports++;
                }
            }
            unexpected.assertNone();
            assertThat(log.errorsAndStackTraces()).isEmpty();
        }

        assertThat(reports).as("reports among the cases").isGreaterThan(CASES / 10);
        assertThat(CASES - reports).as("refusals among the cases").isGreaterThan(CASES / 4);
        assertThat(staff.audit(admin.username())).as("one audit row per export, nothing denied").hasSize(exports)
                .extracting(TestStaff.Audited::action).containsOnly("EXPORT");
        assertThat(rows("staff_audit")).isEqualTo(auditRows + exports);
    }

    /** Days of any year (including the first and last a LocalDate has), missing, reversed, too far apart, and ranges that fit. */
    private static Arbitrary<Days> ranges() {
        Arbitrary<LocalDate> anyDay = Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> edge = Arbitraries.of(LocalDate.MIN, LocalDate.MIN.plusDays(1), LocalDate.MAX, LocalDate.MAX.minusDays(1),
                LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31),
                LocalDate.of(1000, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29),
                LocalDate.of(2026, 11, 23), LocalDate.of(2038, 1, 19), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1));
        Arbitrary<LocalDate> day = Arbitraries.frequencyOf(Tuple.of(3, anyDay), Tuple.of(3, Dates.dates()), Tuple.of(2, edge));
        Arbitrary<LocalDate> dayOrNull = day.injectNull(0.15);
        Arbitrary<Integer> span = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(-400, 800)),
                Tuple.of(2, Arbitraries.of(-1, 0, 1, 30, 364, 365, 366, 367, 10_000)));
        Arbitrary<Days> independent = Combinators.combine(dayOrNull, dayOrNull).as(Days::new);
        Arbitrary<Days> apart = Combinators.combine(day, span).as((from, n) -> new Days(from, plusDays(from, n)));
        Arbitrary<Days> backFromTheEnd = Combinators.combine(day, span).as((to, n) -> new Days(plusDays(to, -n), to));
        return Arbitraries.frequencyOf(Tuple.of(8, independent), Tuple.of(1, apart), Tuple.of(1, backFromTheEnd));
    }

    /** {@code day} plus {@code n} days, or the first or last LocalDate when that is beyond them. */
    private static LocalDate plusDays(LocalDate day, long n) {
        long epochDay = Math.clamp(day.toEpochDay() + n, LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
        return LocalDate.ofEpochDay(epochDay);
    }

    // ---------------------------------------------------------------- new staff account

    @Test
    void aStaffAccountIsCreatedOnlyFromValidInput() {
        List<NewStaffAccount> requests = newAccounts().sampleStream().limit(CASES).toList();
        int accountRows = rows("staff_account");
        int auditRows = rows("staff_audit");
        int taken = 0;
        Unexpected unexpected = new Unexpected();

        try (LogCapture log = LogCapture.capture()) {
            for (NewStaffAccount request : requests) {
                String input = show(request.username()) + " " + show(request.displayName()) + " " + request.role() + " " + show(request.branchCode());
                String username = username(request);
                String name = displayName(request);
                String branch = branch(request);
                boolean valid = valid(request);
                boolean exists = valid && !jdbc.queryForList("SELECT id FROM staff_account WHERE username = ?", Long.class, username).isEmpty();

                Optional<StaffAccountService.Created> created = unexpected.call(input, StaffAccountException.class,
                        () -> accounts.create(admin, request));
                if (unexpected.lastWasUnexpected()) {
                    continue;
                }
                if (created.isEmpty()) {
                    assertThat(valid && !exists).as("refused %s (%s)", input, unexpected.lastRefusal()).isFalse();
                    if (exists) {
                        assertThat(unexpected.lastRefusal()).isEqualTo("staff.accounts.error.username-taken");
                        taken++;
                    }
                    continue;
                }
                assertThat(valid && !exists).as("created %s", input).isTrue();
                StaffAccountSummary account = created.get().account();
                createdAccounts.add(account.id());
                Map<String, Object> row = jdbc.queryForMap("SELECT username, display_name, role, branch_code FROM staff_account WHERE id = ?",
                        account.id());
                assertThat(row).as("stored for %s", input).containsEntry("username", username).containsEntry("display_name", name)
                        .containsEntry("role", request.role().name()).containsEntry("branch_code", branch);
            }
            unexpected.assertNone();
            assertThat(log.errorsAndStackTraces()).isEmpty();
        }

        assertThat(createdAccounts).as("accounts created from valid input").isNotEmpty();
        assertThat(rows("staff_account")).as("nothing stored from invalid input").isEqualTo(accountRows + createdAccounts.size());
        assertThat(staff.audit(admin.username())).as("one audit row per account created")
                .extracting(TestStaff.Audited::action).hasSize(createdAccounts.size()).containsOnly("ACCOUNT_CREATED");
        assertThat(rows("staff_audit")).isEqualTo(auditRows + createdAccounts.size());
    }

    private static String username(NewStaffAccount request) {
        return request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
    }

    private static String displayName(NewStaffAccount request) {
        return request.displayName() == null ? "" : request.displayName().strip();
    }

    private static String branch(NewStaffAccount request) {
        return request.branchCode() == null || request.branchCode().isBlank() ? null : request.branchCode().strip();
    }

    /**
     * What an admin may create: a username of 3 to 32 lower-case letters, digits, '.', '_' or '-'
     * (starting with a letter or digit) once stripped and lower-cased; a name of 1 to 120 characters
     * without control characters or half surrogate pairs; a role; a known branch, which only an admin may lack.
     */
    private static boolean valid(NewStaffAccount request) {
        String name = displayName(request);
        String branch = branch(request);
        return username(request).matches("[a-z0-9][a-z0-9._-]{2,31}")
                && !name.isBlank() && name.length() <= 120 && name.chars().noneMatch(Character::isISOControl)
                && name.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)
                && request.role() != null
                && (request.role() == StaffRole.ADMIN && branch == null || branch != null && BRANCHES.contains(branch));
    }

    /** Mostly invalid: hostile usernames and names, unknown or altered branch codes, no role; now and then all valid. */
    private static Arbitrary<NewStaffAccount> newAccounts() {
        Arbitrary<String> validName = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._-").ofMinLength(1).ofMaxLength(22)
                .map(s -> "test-fuzz-" + s);
        Arbitrary<String> usernames = Arbitraries.frequencyOf(
                Tuple.of(20, HostileStrings.any()),
                Tuple.of(1, validName.map(s -> s.toUpperCase(Locale.ROOT))),
                Tuple.of(1, validName.map(s -> " " + s + "\t")),
                Tuple.of(2, validName.map(s -> s + "x".repeat(33 - s.length()))),
                Tuple.of(2, validName.flatMap(s -> Arbitraries.integers().between(0, s.length() - 1)
                        .flatMap(at -> Arbitraries.of(" ", "@", "é", "\u0130", "\u212a", "ｔ", "\u200b", "\n", "\u0000", "'", "/", "+")
                                .map(c -> s.substring(0, at) + c + s.substring(at + 1))))),
                Tuple.of(2, Arbitraries.of("", " ", "ab", "a", ".test-fuzz", "-test-fuzz", "_test-fuzz", "test fuzz", "test@fuzz",
                        "ｔｅｓｔ-fuzz", "test-fuzz-\u212aelvin", "admin", "TEST-FUZZ-ADMIN", "' OR '1'='1", "<script>", "test-fuzz\u0000")));
        Arbitrary<String> displayNames = Arbitraries.frequencyOf(
                Tuple.of(4, HostileStrings.any()),
                Tuple.of(4, Arbitraries.of("", " ", "\t", "\u2003", "Nama\nBaru", "Nama\u0000", "Nama\u0085", "Nama\u007f", "\u001b[31mNama", "Nama \ud83d", "\ude00Nama")),
                Tuple.of(1, Arbitraries.strings().alpha().ofLength(121)),
                Tuple.of(1, Arbitraries.of("Test Fuzz", " Test Fuzz ", "Nama\u200bKosong", "Test <b>Fuzz</b>", "Tes 😀"))).injectNull(0.05);
        Arbitrary<StaffRole> roles = Arbitraries.of(StaffRole.class).injectNull(0.2);
        Arbitrary<String> branches = Arbitraries.frequencyOf(
                Tuple.of(6, HostileStrings.any()),
                Tuple.of(6, Arbitraries.of("jktsalemba", "JKTSALEMBA\u200b", "JKT SALEMBA", "JKTSALEMBA1", "BDGSUC", "ＪＫＴＳＡＬＥＭＢＡ",
                        "NOWHERE", "' OR '1'='1", "JKTSALEMB\u0410", "JKTSALEMBA\u0000")),
                Tuple.of(1, Arbitraries.of("JKTSALEMBA", " BDGSUCI ", "MKSTAMALANREA", "\tJYPJAYAPURA", "", " ")))
                .injectNull(0.05);
        Arbitrary<NewStaffAccount> any = Combinators.combine(usernames, displayNames, roles, branches).as(NewStaffAccount::new);
        // each valid one costs a BCrypt hash: about 3 in 1,000, without edge cases (which jqwik mixes in evenly)
        return Arbitraries.frequencyOf(
                Tuple.of(997, any.filter(request -> !valid(request))),
                Tuple.of(3, any.filter(StaffInputFuzzTest::valid).withoutEdgeCases()));
    }

    // ---------------------------------------------------------------- helpers

    private int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** An input as the failure message shows it: printable ASCII as it is, everything else escaped, long ones cut. */
    private static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        s.codePoints().limit(60).forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                shown.appendCodePoint(c);
            } else {
                shown.append(String.format("\\u{%x}", c));
            }
        });
        if (s.codePointCount(0, s.length()) > 60) {
            shown.append("… (").append(s.length()).append(" chars)");
        }
        return shown.append('"').toString();
    }

    /**
     * The outcomes of calls that may be refused with one kind of exception: any other exception is
     * remembered with its input (it would be an HTTP 500 on the page) and reported at the end, by type.
     */
    private static final class Unexpected {

        private final Map<String, List<String>> inputsByType = new LinkedHashMap<>();
        private final Map<String, Throwable> firstByType = new LinkedHashMap<>();
        private String lastRefusal;
        private boolean lastWasUnexpected;

        /** The result, or empty when refused with {@code refusal} (then {@link #lastRefusal}) or failed otherwise. */
        <T> Optional<T> call(Object input, Class<? extends StaffRefusal> refusal, Supplier<T> call) {
            lastRefusal = null;
            try {
                T result = call.get();
                return Optional.of(result);
            } catch (RuntimeException e) {
                if (refusal.isInstance(e)) {
                    lastRefusal = ((StaffRefusal) e).messageKey();
                    return Optional.empty();
                }
                String type = e.getClass().getName();
                inputsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(input instanceof String s ? show(s) : String.valueOf(input));
                firstByType.putIfAbsent(type, e);
                lastWasUnexpected = true;
                return Optional.empty();
            }
        }

        String lastRefusal() {
            return lastRefusal;
        }

        /** Whether a call since the last time this was asked failed unexpectedly. */
        boolean lastWasUnexpected() {
            boolean was = lastWasUnexpected;
            lastWasUnexpected = false;
            return was;
        }

        void assertNone() {
            if (inputsByType.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder("exceptions other than the refusal:");
            inputsByType.forEach((type, inputs) -> message.append("\n  ").append(type).append(" (").append(firstByType.get(type).getMessage())
                    .append(") x").append(inputs.size()).append(", e.g. ").append(inputs.subList(0, Math.min(5, inputs.size()))));
            AssertionError error = new AssertionError(message.toString());
            firstByType.values().forEach(error::addSuppressed);
            throw error;
        }
    }
}
