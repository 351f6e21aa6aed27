package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.session.UsageAnalytics;
import id.kiosmandiri.session.UsageReport;
import id.kiosmandiri.session.UsageScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Who may see which usage figures, asked of the service itself: branch staff get their own branch
 * and its kiosks and nothing of another (each try audited as denied), an admin gets every scope,
 * and an export is audited with its scope and range. The real audit, accounts and kiosk
 * configuration of the shared test context; the figures come from a stand-in for
 * {@link UsageAnalytics} (made here, so the context stays the one every test shares).
 */
@IntegrationTest
class StaffAnalyticsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);

    @Autowired
    KioskRegistry registry;
    @Autowired
    StaffAuditLog audit;
    @Autowired
    StaffAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    id.kiosmandiri.help.HelpService help;

    private final UsageAnalytics usage = mock(UsageAnalytics.class);
    private StaffAnalytics analytics;
    private TestStaff staff;
    private CurrentStaff salemba;
    private CurrentStaff admin;

    @BeforeEach
    void setUp() {
        when(usage.report(any(), any(), any())).thenAnswer(call -> UsageReports.sample(call.getArgument(0), call.getArgument(1),
                call.getArgument(2)));
        analytics = new StaffAnalytics(usage, registry, audit, accounts, clock, help);
        staff = new TestStaff(jdbc, clock);
        salemba = new CurrentStaff(staff.branchStaff("test-ana-salemba", "JKTSALEMBA"), "test-ana-salemba", "Test",
                StaffRole.BRANCH_STAFF, "JKTSALEMBA", "192.0.2.30");
        admin = new CurrentStaff(staff.admin("test-ana-admin"), "test-ana-admin", "Test", StaffRole.ADMIN, null, "192.0.2.40");
    }

    @AfterEach
    void tearDown() {
        staff.deleteAll();
    }

    @Test
    void branchStaffAskingForAnotherBranchOrItsKioskGetNothingAndEachTryIsAudited() {
        assertThat(analytics.report(salemba, UsageScope.branch("BDGSUCI"), FROM, TO)).isEmpty();
        assertThat(analytics.report(salemba, UsageScope.kiosk("TEST-BALANCE"), FROM, TO)).as("a kiosk of Bandung").isEmpty();
        assertThat(analytics.report(salemba, UsageScope.all(), FROM, TO)).isEmpty();
        assertThat(analytics.report(salemba, UsageScope.kiosk("NO-SUCH-KIOSK"), FROM, TO)).as("the same answer as for one that exists")
                .isEmpty();
        assertThat(analytics.exportCsv(salemba, UsageScope.branch("BDGSUCI"), FROM, TO)).isEmpty();
        verifyNoInteractions(usage);
        assertThat(staff.audit("test-ana-salemba"))
                .extracting(TestStaff.Audited::action, TestStaff.Audited::detail, TestStaff.Audited::branchCode,
                        TestStaff.Audited::clientAddress)
                .containsExactly(tuple("ACCESS_DENIED", "analytics branch:BDGSUCI", "JKTSALEMBA", "192.0.2.30"),
                        tuple("ACCESS_DENIED", "analytics kiosk:TEST-BALANCE", "JKTSALEMBA", "192.0.2.30"),
                        tuple("ACCESS_DENIED", "analytics all", "JKTSALEMBA", "192.0.2.30"),
                        tuple("ACCESS_DENIED", "analytics kiosk:NO-SUCH-KIOSK", "JKTSALEMBA", "192.0.2.30"),
                        tuple("ACCESS_DENIED", "analytics branch:BDGSUCI", "JKTSALEMBA", "192.0.2.30"));
    }

    @Test
    void branchStaffSeeTheirBranchAndEachOfItsKiosks() {
        assertThat(analytics.defaultScope(salemba)).isEqualTo(UsageScope.branch("JKTSALEMBA"));
        assertThat(analytics.report(salemba, UsageScope.branch("JKTSALEMBA"), FROM, TO)).get()
                .extracting(UsageReport::sessions).isEqualTo(12L);
        assertThat(analytics.report(salemba, UsageScope.kiosk("DEMO-01"), FROM, TO)).isPresent();
        verify(usage).report(UsageScope.branch("JKTSALEMBA"), FROM, TO);
        verify(usage).report(UsageScope.kiosk("DEMO-01"), FROM, TO);
        assertThat(staff.audit("test-ana-salemba")).isEmpty();
    }

    @Test
    void anAdminMayAskForEveryBranchAnyBranchAndAnyKiosk() {
        assertThat(analytics.defaultScope(admin)).isEqualTo(UsageScope.all());
        for (UsageScope scope : new UsageScope[]{UsageScope.all(), UsageScope.branch("BDGSUCI"), UsageScope.kiosk("TEST-WIT")}) {
            assertThat(analytics.report(admin, scope, FROM, TO)).as(scope.key()).isPresent();
            verify(usage).report(scope, FROM, TO);
        }
        assertThat(staff.audit("test-ana-admin")).isEmpty();
    }

    @Test
    void aDisabledAccountGetsNothingFromAPageStillOpen() {
        staff.setEnabled("test-ana-admin", false);
        assertThat(analytics.report(admin, UsageScope.all(), FROM, TO)).isEmpty();
        verifyNoInteractions(usage);
        assertThat(staff.audit("test-ana-admin")).extracting(TestStaff.Audited::action).containsExactly("ACCESS_DENIED");
    }

    @Test
    void anExportIsNamedAfterPlaceAndRangeAndAuditedWithScopeAndRange() {
        StaffAnalytics.CsvFile branch = analytics.exportCsv(salemba, UsageScope.branch("JKTSALEMBA"), FROM, TO).orElseThrow();
        assertThat(branch.fileName()).isEqualTo("kios-mandiri_JKTSALEMBA_2026-11-01_2026-11-03.csv");
        assertThat(new String(branch.content(), StandardCharsets.UTF_8))
                .contains("report,scope,Kantor Cabang Jakarta Salemba,branch:JKTSALEMBA")
                .contains("summary,sessions,,12");
        assertThat(analytics.exportCsv(salemba, UsageScope.kiosk("DEMO-01"), FROM, TO).orElseThrow().fileName())
                .isEqualTo("kios-mandiri_JKTSALEMBA-DEMO-01_2026-11-01_2026-11-03.csv");
        assertThat(analytics.exportCsv(admin, UsageScope.all(), FROM, FROM).orElseThrow().fileName())
                .isEqualTo("kios-mandiri_semua_2026-11-01_2026-11-01.csv");

        assertThat(staff.audit("test-ana-salemba"))
                .extracting(TestStaff.Audited::action, TestStaff.Audited::detail, TestStaff.Audited::branchCode,
                        TestStaff.Audited::clientAddress)
                .containsExactly(tuple("EXPORT", "csv branch:JKTSALEMBA 2026-11-01..2026-11-03", "JKTSALEMBA", "192.0.2.30"),
                        tuple("EXPORT", "csv kiosk:DEMO-01 2026-11-01..2026-11-03", "JKTSALEMBA", "192.0.2.30"));
        assertThat(staff.audit("test-ana-admin")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail,
                TestStaff.Audited::branchCode).containsExactly(tuple("EXPORT", "csv all 2026-11-01..2026-11-01", null));
    }

    @Test
    void aRangeBackwardsOrLongerThanAYearIsRefusedAndNothingIsAsked() {
        UsageScope own = UsageScope.branch("JKTSALEMBA");
        assertThatThrownBy(() -> analytics.report(salemba, own, TO, FROM)).isInstanceOf(AnalyticsRangeException.class)
                .hasMessage("staff.analytics.error.order");
        LocalDate leapYearStart = LocalDate.of(2028, 1, 1);
        assertThatThrownBy(() -> analytics.report(salemba, own, leapYearStart, leapYearStart.plusDays(366)))
                .isInstanceOf(AnalyticsRangeException.class).hasMessage("staff.analytics.error.too-long");
        assertThatThrownBy(() -> analytics.exportCsv(salemba, own, TO, FROM)).isInstanceOf(AnalyticsRangeException.class);
        verifyNoInteractions(usage);
        assertThat(staff.audit("test-ana-salemba")).as("no export was made").isEmpty();

        assertThat(analytics.report(salemba, own, leapYearStart, leapYearStart.plusDays(365))).as("366 days: a leap year").isPresent();
        assertThat(analytics.report(salemba, own, FROM, FROM)).as("one day").isPresent();
    }

    @Test
    void theDefaultRangeIsTheLastThirtyDaysUpToTodayInTheBranchsZone() {
        // 22:30 in Jakarta is already the next day in Jayapura (WIT, two hours ahead)
        Clock lateEvening = Clock.fixed(ZonedDateTime.of(2026, 11, 30, 22, 30, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant(),
                ZoneId.of("UTC"));
        StaffAnalytics late = new StaffAnalytics(usage, registry, audit, accounts, lateEvening, help);
        assertThat(late.defaultRange(UsageScope.branch("JKTSALEMBA")))
                .isEqualTo(new StaffAnalytics.Range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(late.defaultRange(UsageScope.all())).as("every branch: Jakarta's day")
                .isEqualTo(new StaffAnalytics.Range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(late.defaultRange(UsageScope.kiosk("TEST-WIT")))
                .isEqualTo(new StaffAnalytics.Range(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1)));
        assertThat(late.report(salemba, UsageScope.branch("JKTSALEMBA"), null, null)).isPresent();
        verify(usage).report(UsageScope.branch("JKTSALEMBA"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    }
}
