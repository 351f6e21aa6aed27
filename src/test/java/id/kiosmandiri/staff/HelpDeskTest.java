package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.help.HelpRequest;
import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.help.HelpTopic;
import id.kiosmandiri.session.UsageScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The staff side of "Panggil petugas": branch staff see and act on their own branch's requests only,
 * an admin on all; takes and closes are audited without personal data; a request taken, closed or
 * cancelled is refused with words for the page and stays as it was.
 */
@IntegrationTest
class HelpDeskTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Autowired
    HelpDesk desk;
    @Autowired
    HelpService help;
    @Autowired
    StaffAnalytics analytics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestStaff staff;
    private TestData data;
    private CurrentStaff salemba;
    private CurrentStaff salembaColleague;
    private CurrentStaff suci;
    private CurrentStaff admin;
    private final List<Long> made = new ArrayList<>();

    @BeforeEach
    void accounts() {
        staff = new TestStaff(jdbc, clock);
        data = new TestData(jdbc, clock);
        salemba = new CurrentStaff(staff.branchStaff("test-help-salemba", "JKTSALEMBA"), "test-help-salemba", "Test",
                StaffRole.BRANCH_STAFF, "JKTSALEMBA", "192.0.2.30");
        salembaColleague = new CurrentStaff(staff.branchStaff("test-help-salemba2", "JKTSALEMBA"), "test-help-salemba2", "Test",
                StaffRole.BRANCH_STAFF, "JKTSALEMBA", "192.0.2.31");
        suci = new CurrentStaff(staff.branchStaff("test-help-suci", "BDGSUCI"), "test-help-suci", "Test",
                StaffRole.BRANCH_STAFF, "BDGSUCI", "192.0.2.32");
        admin = new CurrentStaff(staff.admin("test-help-admin"), "test-help-admin", "Test", StaffRole.ADMIN, null, "192.0.2.33");
    }

    @AfterEach
    void cleanUp() {
        made.forEach(id -> jdbc.update("DELETE FROM assistance_request WHERE id = ?", id));
        jdbc.update("DELETE FROM usage_event WHERE event_type = 'help-request' AND kiosk_id = 'TEST-SCREEN'");
        staff.deleteAll();
        data.deleteAll();
    }

    private HelpRequest call(HelpTopic topic, Long memberId) {
        HelpRequest request = help.call("TEST-SCREEN", topic, memberId, null, ID).request();
        made.add(request.id());
        return request;
    }

    private static HelpRequestRefusal refusal(Runnable action) {
        HelpRequestRefusal refusal = catchThrowableOfType(HelpRequestRefusal.class, action::run);
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    @Test
    void branchStaffSeeAndTakeTheirOwnBranchesRequestsOnly() {
        HelpRequest request = call(HelpTopic.PIN, null);

        assertThat(desk.queue(suci)).extracting(r -> r.request().id()).doesNotContain(request.id());
        HelpRequestRefusal denied = refusal(() -> desk.take(suci, request.id()));
        assertThat(denied.messageKey()).isEqualTo("staff.help.error.denied");
        assertThat(help.find(request.id()).orElseThrow().status()).as("nothing changed").isEqualTo(AssistanceStatus.WAITING);
        assertThat(staff.audit("test-help-suci")).extracting(TestStaff.Audited::action).containsExactly("ACCESS_DENIED");

        assertThat(desk.queue(salemba)).extracting(r -> r.request().id()).contains(request.id());
        assertThat(desk.queue(admin)).extracting(r -> r.request().id()).contains(request.id());
        HelpRequest taken = desk.take(admin, request.id());
        assertThat(taken.takenBy()).isEqualTo("test-help-admin");
        assertThat(refusal(() -> desk.close(suci, request.id())).messageKey()).isEqualTo("staff.help.error.denied");
        assertThat(desk.close(salemba, request.id()).status()).as("a colleague of the branch may close it").isEqualTo(AssistanceStatus.CLOSED);
    }

    @Test
    void takeAndCloseAreAuditedWithoutPersonalData() {
        long member = data.loginMember("3471071505901001", TestData.KPJ_PREFIX + "801001", "1999980101", "Rahmat Bantuan Test");
        HelpRequest request = call(HelpTopic.JHT_CLAIM, member);

        HelpDesk.OpenRequest row = desk.queue(salemba).stream().filter(r -> r.request().id() == request.id()).findFirst().orElseThrow();
        assertThat(row.memberFirstName()).isEqualTo("Rahmat");
        assertThat(row.memberMaskedKpj()).endsWith("1001").doesNotContain(TestData.KPJ_PREFIX);
        assertThat(row.kioskName()).isEqualTo("Kios Uji Layar");

        desk.take(salemba, request.id());
        desk.close(salemba, request.id());
        String detail = "JKTSALEMBA #" + request.queueNumber() + " jht-claim";
        assertThat(staff.audit("test-help-salemba")).containsExactly(
                new TestStaff.Audited("test-help-salemba", "HELP_TAKEN", detail, "JKTSALEMBA", "192.0.2.30"),
                new TestStaff.Audited("test-help-salemba", "HELP_CLOSED", detail, "JKTSALEMBA", "192.0.2.30"));
    }

    @Test
    void aRequestTakenClosedOrCancelledIsRefusedWithWhy() {
        HelpRequest request = call(HelpTopic.OTHER, null);
        assertThat(refusal(() -> desk.close(salemba, request.id())).messageKey()).isEqualTo("staff.help.error.not-taken");

        desk.take(salemba, request.id());
        HelpRequestRefusal taken = refusal(() -> desk.take(salembaColleague, request.id()));
        assertThat(taken.messageKey()).isEqualTo("staff.help.error.taken");
        assertThat(taken.argument()).isEqualTo("test-help-salemba");
        assertThat(help.find(request.id()).orElseThrow().takenBy()).isEqualTo("test-help-salemba");

        desk.close(salemba, request.id());
        assertThat(refusal(() -> desk.close(salemba, request.id())).messageKey()).isEqualTo("staff.help.error.closed");
        assertThat(refusal(() -> desk.take(salemba, request.id())).messageKey()).isEqualTo("staff.help.error.closed");
        assertThat(desk.queue(salemba)).extracting(r -> r.request().id()).doesNotContain(request.id());

        HelpRequest cancelled = call(HelpTopic.PIN, null);
        assertThat(help.cancel(cancelled.id(), "TEST-SCREEN")).isTrue();
        assertThat(refusal(() -> desk.take(salemba, cancelled.id())).messageKey()).isEqualTo("staff.help.error.cancelled");
        assertThat(refusal(() -> desk.take(salemba, Long.MAX_VALUE)).messageKey()).isEqualTo("staff.help.error.gone");
        assertThat(staff.audit("test-help-salemba2")).as("refusals change nothing, so nothing to audit").isEmpty();
    }

    @Test
    void helpTimesAreShownOnlyForScopesTheStaffMemberSees() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")));
        assertThat(analytics.helpStatistics(suci, UsageScope.branch("JKTSALEMBA"), today, today)).isEmpty();
        assertThat(staff.audit("test-help-suci")).extracting(TestStaff.Audited::action).containsExactly("ACCESS_DENIED");
        assertThat(analytics.helpStatistics(salemba, UsageScope.branch("JKTSALEMBA"), today, today)).isPresent();
        assertThat(analytics.helpStatistics(admin, UsageScope.all(), today, today)).isPresent();
    }
}
