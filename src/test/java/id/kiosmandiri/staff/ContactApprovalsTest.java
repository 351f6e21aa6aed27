package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.StoredRows;
import id.kiosmandiri.TestData;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.member.PinCheck;
import id.kiosmandiri.profile.ChangeStatus;
import id.kiosmandiri.profile.ContactRefused;
import id.kiosmandiri.profile.MemberChange;
import id.kiosmandiri.profile.PendingChange;
import id.kiosmandiri.profile.ProfileChangeService;
import id.kiosmandiri.profile.UpdateOverview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Contact changes from the member's request to the staff's decision, through the services: the
 * profile module's requests and the staff module's approvals (branch isolation, audit).
 */
@IntegrationTest
class ContactApprovalsTest {

    private static final String NIK = "3471051505902001";
    private static final String KPJ = TestData.KPJ_PREFIX + "810001";
    private static final String KIOSK = "DEMO-01"; // JKTSALEMBA
    private static final String PHONE = "081211112222";
    private static final String EMAIL = "budi.lama@example.com";
    private static final String ADDRESS = "Jl. Kramat Raya No. 10, Senen, Jakarta Pusat";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    StoredRows stored;
    @Autowired
    ProfileChangeService changes;
    @Autowired
    ContactApprovals approvals;
    @Autowired
    MemberService members;
    @Autowired
    MemberAuthService auth;

    private TestData data;
    private TestStaff staff;
    private long member;
    private Long session;
    private CurrentStaff salemba;
    private CurrentStaff bandung;
    private CurrentStaff admin;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc, clock);
        staff = new TestStaff(jdbc, clock);
        member = data.loginMember(NIK, KPJ, TestData.KPJ_PREFIX + "81001", "Budi Uji Perubahan");
        jdbc.update("UPDATE member SET phone = ?, email = ?, address = ? WHERE id = ?", PHONE, EMAIL, ADDRESS, member);
        // the member's session at the kiosk, as a login starts it (TestData removes it with the member)
        jdbc.update("INSERT INTO kiosk_session (kiosk_id, member_id, login_method, started_at) VALUES (?, ?, 'KPJ', ?)",
                KIOSK, member, java.sql.Timestamp.from(clock.instant()));
        session = jdbc.queryForObject("SELECT MAX(id) FROM kiosk_session WHERE member_id = ?", Long.class, member);
        salemba = actor(staff.branchStaff("test-b-salemba", "JKTSALEMBA"), "test-b-salemba", StaffRole.BRANCH_STAFF, "JKTSALEMBA");
        bandung = actor(staff.branchStaff("test-b-bandung", "BDGSUCI"), "test-b-bandung", StaffRole.BRANCH_STAFF, "BDGSUCI");
        admin = actor(staff.admin("test-b-admin"), "test-b-admin", StaffRole.ADMIN, null);
    }

    @AfterEach
    void tearDown() {
        data.deleteAll();
        staff.deleteAll();
    }

    private static CurrentStaff actor(long id, String username, StaffRole role, String branch) {
        return new CurrentStaff(id, username, "Test " + username, role, branch, "127.0.0.1");
    }

    private Map<String, Object> row(long requestId) {
        return jdbc.queryForMap("SELECT * FROM profile_change_request WHERE id = ?", requestId);
    }

    private long requestRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM profile_change_request WHERE member_id = ?", Long.class, member);
    }

    private String memberValue(String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM member WHERE id = ?", String.class, member);
    }

    @Test
    void aRequestWaitsForStaffOfTheKiosksBranch() {
        long id = changes.request(member, KIOSK, session, ContactField.PHONE, "+6281333344445");

        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("field")).isEqualTo("PHONE");
        assertThat(row.get("old_value")).isEqualTo(PHONE);
        assertThat(row.get("new_value")).as("stored as 08…").isEqualTo("081333344445");
        assertThat(row.get("kiosk_id")).isEqualTo(KIOSK);
        assertThat(row.get("branch_code")).isEqualTo("JKTSALEMBA");
        assertThat(row.get("requested_at")).isNotNull();
        assertThat(row.get("decided_at")).isNull();
        assertThat(memberValue("phone")).as("nothing changes before approval").isEqualTo(PHONE);

        UpdateOverview overview = changes.overview(member);
        assertThat(overview.changes()).extracting(MemberChange::id, MemberChange::status, MemberChange::shownValue)
                .containsExactly(tuple(id, ChangeStatus.PENDING, "081333344445"));
        assertThat(overview.shown(ContactField.PHONE)).isEqualTo(PHONE);
        assertThat(overview.shown(ContactField.ADDRESS)).as("the address never in full").isEqualTo("Jl. Kramat Raya…")
                .doesNotContain("Jakarta");

        assertThat(approvals.pending(salemba)).extracting(PendingChange::id).contains(id);
        PendingChange pending = approvals.pending(salemba).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        assertThat(pending.memberName()).isEqualTo("Budi Uji Perubahan");
        assertThat(pending.maskedKpj()).isEqualTo("•••••••0001").doesNotContain(KPJ);
        assertThat(pending.oldValue()).isEqualTo(PHONE);
        assertThat(pending.newValue()).isEqualTo("081333344445");

        // the use is counted for the dashboard, without the value
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT detail FROM usage_event WHERE session_id = ? AND event_type = 'profile-change'", String.class, session))
                .containsExactly("PHONE"));
    }

    @Test
    void anApprovalAppliesTheNewValueTogetherWithTheDecision() {
        long id = changes.request(member, KIOSK, session, ContactField.ADDRESS, "Jl. Salemba Raya No. 5, Jakarta Pusat");
        approvals.approve(salemba, id);

        assertThat(memberValue("address")).isEqualTo("Jl. Salemba Raya No. 5, Jakarta Pusat");
        assertThat(memberValue("phone")).as("the other details stay").isEqualTo(PHONE);
        assertThat(memberValue("email")).isEqualTo(EMAIL);
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("APPROVED");
        assertThat(row.get("decided_by")).isEqualTo("test-b-salemba");
        assertThat(row.get("decided_at")).isNotNull();
        assertThat(staff.audit("test-b-salemba")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail, TestStaff.Audited::branchCode)
                .containsExactly(tuple("CHANGE_APPROVED", "change " + id + " ADDRESS JKTSALEMBA", "JKTSALEMBA"));
        assertThat(approvals.pending(salemba)).extracting(PendingChange::id).doesNotContain(id);
        UpdateOverview overview = changes.overview(member);
        assertThat(overview.changes()).extracting(MemberChange::status).containsExactly(ChangeStatus.APPROVED);
        assertThat(overview.shown(ContactField.ADDRESS)).as("at most half of it").isEqualTo("Jl. Salemba Raya…");
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheMemberAsTheyWere() {
        long id = changes.request(member, KIOSK, session, ContactField.EMAIL, "Budi.Baru@Example.com");
        assertThat(row(id).get("new_value")).isEqualTo("budi.baru@example.com");
        for (String bad : new String[]{"", "ab", "  x  ", "a".repeat(201), "tidak\nvalid"}) {
            assertThatThrownBy(() -> approvals.reject(salemba, id, bad)).as(bad).isInstanceOf(ApprovalRefusal.class)
                    .extracting(e -> ((ApprovalRefusal) e).messageKey()).isEqualTo("staff.approvals.error.invalid-reason");
        }
        assertThat(row(id).get("status")).isEqualTo("PENDING");

        approvals.reject(salemba, id, "Email tidak bisa dihubungi, mohon periksa lagi");
        assertThat(memberValue("email")).isEqualTo(EMAIL);
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("REJECTED");
        assertThat(row.get("reject_reason")).isEqualTo("Email tidak bisa dihubungi, mohon periksa lagi");
        assertThat(staff.audit("test-b-salemba")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactly(tuple("CHANGE_REJECTED", "change " + id + " EMAIL JKTSALEMBA"));
        assertThat(changes.overview(member).changes()).extracting(MemberChange::status, MemberChange::rejectReason)
                .containsExactly(tuple(ChangeStatus.REJECTED, "Email tidak bisa dihubungi, mohon periksa lagi"));
    }

    @Test
    void aDecidedRequestIsNotDecidedAgain() {
        long id = changes.request(member, KIOSK, session, ContactField.PHONE, "081299998888");
        approvals.approve(salemba, id);
        assertThatThrownBy(() -> approvals.approve(salemba, id)).isInstanceOf(ApprovalRefusal.class)
                .extracting(e -> ((ApprovalRefusal) e).messageKey()).isEqualTo("staff.approvals.error.already-decided");
        assertThatThrownBy(() -> approvals.reject(admin, id, "terlambat")).isInstanceOf(ApprovalRefusal.class)
                .extracting(e -> ((ApprovalRefusal) e).messageKey()).isEqualTo("staff.approvals.error.already-decided");
        assertThat(row(id).get("status")).isEqualTo("APPROVED");
        assertThat(staff.audit("test-b-salemba")).extracting(TestStaff.Audited::action).containsExactly("CHANGE_APPROVED");
        assertThatThrownBy(() -> approvals.approve(salemba, -1)).isInstanceOf(ApprovalRefusal.class)
                .extracting(e -> ((ApprovalRefusal) e).messageKey()).isEqualTo("staff.approvals.error.not-found");
    }

    @Test
    void aValueChangedMeanwhileIsAConflictAndNothingChanges() {
        long id = changes.request(member, KIOSK, session, ContactField.EMAIL, "budi.baru@example.com");
        jdbc.update("UPDATE member SET email = ? WHERE id = ?", "di.loket@example.com", member); // changed at the counter meanwhile
        assertThatThrownBy(() -> approvals.approve(salemba, id)).isInstanceOf(ApprovalRefusal.class)
                .extracting(e -> ((ApprovalRefusal) e).messageKey()).isEqualTo("staff.approvals.error.conflict");
        assertThat(memberValue("email")).isEqualTo("di.loket@example.com");
        assertThat(row(id).get("status")).isEqualTo("PENDING");
        assertThat(row(id).get("decided_by")).isNull();
        assertThat(staff.audit("test-b-salemba")).isEmpty();
        approvals.reject(salemba, id, "Data sudah diubah di loket");
        assertThat(row(id).get("status")).isEqualTo("REJECTED");
    }

    @Test
    void branchStaffDecideOnlyTheirBranchsRequestsAnAdminAll() {
        long id = changes.request(member, KIOSK, session, ContactField.PHONE, "081277776666");
        assertThat(approvals.pending(bandung)).extracting(PendingChange::id).doesNotContain(id);
        assertThat(approvals.pending(bandung)).allSatisfy(p -> assertThat(p.branchCode()).isEqualTo("BDGSUCI"));
        assertThatThrownBy(() -> approvals.approve(bandung, id)).isInstanceOf(ApprovalRefusal.class)
                .extracting(e -> ((ApprovalRefusal) e).messageKey()).isEqualTo("staff.approvals.error.not-found");
        assertThatThrownBy(() -> approvals.reject(bandung, id, "bukan cabang saya")).isInstanceOf(ApprovalRefusal.class);
        assertThat(staff.audit("test-b-bandung")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail, TestStaff.Audited::branchCode)
                .containsExactly(tuple("ACCESS_DENIED", "change " + id, "BDGSUCI"), tuple("ACCESS_DENIED", "change " + id, "BDGSUCI"));
        assertThat(row(id).get("status")).isEqualTo("PENDING");
        assertThat(memberValue("phone")).isEqualTo(PHONE);

        assertThat(approvals.pending(admin)).extracting(PendingChange::id).contains(id);
        approvals.approve(admin, id);
        assertThat(memberValue("phone")).isEqualTo("081277776666");
        assertThat(staff.audit("test-b-admin")).extracting(TestStaff.Audited::action, TestStaff.Audited::branchCode)
                .containsExactly(tuple("CHANGE_APPROVED", "JKTSALEMBA"));
    }

    @Test
    void badInputStoresNothing() {
        long before = requestRows();
        Map<ContactField, List<String>> bad = Map.of(
                ContactField.PHONE, List.of("0712345678", "08123", "0812345678abc", PHONE, "+62" + PHONE.substring(1), "08123\n45678"),
                ContactField.EMAIL, List.of("budi@", "BUDI.LAMA@example.com", "x".repeat(170) + "@example.com"),
                ContactField.ADDRESS, List.of("Jl. A", "Jl. Mawar <b>5</b> Bogor", ADDRESS + " ", "a".repeat(256)));
        bad.forEach((field, values) -> values.forEach(value ->
                assertThatThrownBy(() -> changes.request(member, KIOSK, session, field, value)).as(field + " " + value)
                        .isInstanceOf(ContactRefused.class)));
        assertThatThrownBy(() -> changes.request(member, KIOSK, session, ContactField.PHONE, PHONE))
                .extracting(e -> ((ContactRefused) e).messageKey()).isEqualTo("update.error.same");
        assertThat(requestRows()).isEqualTo(before);
        assertThat(memberValue("phone")).isEqualTo(PHONE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_event WHERE session_id = ? AND event_type = 'profile-change'",
                Long.class, session)).isZero();
    }

    @Test
    void aNewRequestForTheSameFieldSupersedesThePendingOne() {
        long first = changes.request(member, KIOSK, session, ContactField.PHONE, "081200001111");
        long email = changes.request(member, KIOSK, session, ContactField.EMAIL, "baru@example.com");
        long second = changes.request(member, KIOSK, session, ContactField.PHONE, "081200002222");
        assertThat(row(first).get("status")).isEqualTo("SUPERSEDED");
        assertThat(row(first).get("decided_by")).isNull();
        assertThat(row(second).get("status")).isEqualTo("PENDING");
        assertThat(row(email).get("status")).as("another field stays").isEqualTo("PENDING");
        assertThat(approvals.pending(salemba)).extracting(PendingChange::id).contains(second, email).doesNotContain(first);
        assertThatThrownBy(() -> approvals.approve(salemba, first)).isInstanceOf(ApprovalRefusal.class)
                .extracting(e -> ((ApprovalRefusal) e).messageKey()).isEqualTo("staff.approvals.error.already-decided");
        assertThat(changes.overview(member).changes()).extracting(MemberChange::id).containsExactlyInAnyOrder(second, email);
    }

    @Test
    void wrongPinConfirmationsCountTowardsTheLockout() {
        assertThat(auth.confirmPin(member, KIOSK, "123456")).isInstanceOf(PinCheck.Wrong.class);
        assertThat(stored.failedPinCount(member)).isEqualTo(1);
        assertThat(auth.confirmPin(member, KIOSK, TestData.PIN)).isInstanceOf(PinCheck.Right.class);
        assertThat(stored.failedPinCount(member)).isZero();
        for (int i = 0; i < 2; i++) {
            assertThat(auth.confirmPin(member, KIOSK, "123456")).isInstanceOf(PinCheck.Wrong.class);
        }
        assertThat(auth.confirmPin(member, KIOSK, "123456")).isInstanceOf(PinCheck.Locked.class);
        assertThat(stored.lockedUntil(member)).isNotNull();
    }

    @Test
    void aContactChangeOnlyJoinsACallersTransaction() {
        assertThatThrownBy(() -> members.changeContact(member, ContactField.PHONE, PHONE, "081200003333"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(memberValue("phone")).isEqualTo(PHONE);
        assertThat(members.contacts(member).email()).isEqualTo(EMAIL);
    }
}
