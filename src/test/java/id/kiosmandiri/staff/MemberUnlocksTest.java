package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.member.LoginResult;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.member.MemberPinLock;
import id.kiosmandiri.session.LoginMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Staff find a member by NIK or KPJ and unlock their PIN; both audited. A member of this test's own. */
@IntegrationTest
class MemberUnlocksTest {

    private static final String NIK = "3471051505903011";
    private static final String KPJ = TestData.KPJ_PREFIX + "823011";

    @Autowired
    MemberUnlocks unlocks;
    @Autowired
    MemberAuthService auth;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestStaff staff;
    private TestData data;
    private CurrentStaff otherBranch;
    private CurrentStaff admin;
    private long member;

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, clock);
        data = new TestData(jdbc, clock);
        // the member is of JKTSALEMBA; staff of another branch may unlock them at their counter
        otherBranch = new CurrentStaff(staff.branchStaff("test-unlock-suci", "BDGSUCI"), "test-unlock-suci", "Test",
                StaffRole.BRANCH_STAFF, "BDGSUCI", "192.0.2.31");
        admin = new CurrentStaff(staff.admin("test-unlock-admin"), "test-unlock-admin", "Test", StaffRole.ADMIN, null, "192.0.2.32");
        member = data.loginMember(NIK, KPJ, "1999982311", "Uji Buka Kunci");
    }

    @AfterEach
    void tearDown() {
        data.deleteAll();
        staff.deleteAll();
    }

    private void lock() {
        for (String wrong : List.of("000001", "000002", "000003")) {
            auth.confirmPin(member, "DEMO-01", wrong);
        }
    }

    @Test
    void branchStaffFindALockedMemberByKpjAndUnlockThem() {
        lock();
        MemberPinLock found = unlocks.lookup(otherBranch, KPJ).orElseThrow();
        assertEquals(member, found.memberId());
        assertEquals("Uji Buka Kunci", found.fullName());
        assertEquals("••••••••••••3011", found.maskedNik());
        assertThat(found.maskedKpjs()).containsExactly("•••••••3011");
        assertEquals(TestData.BRANCH, found.branchCode());
        assertThat(found.locked()).isTrue();
        assertThat(found.lockedUntil()).isAfter(clock.instant());

        MemberPinLock after = unlocks.unlock(otherBranch, found);
        assertThat(after.locked()).isFalse();
        assertEquals(0, after.failedPinCount());
        MemberPinLock stored = unlocks.lookup(otherBranch, NIK).orElseThrow();
        assertThat(stored.locked()).isFalse();
        assertEquals(0, stored.failedPinCount());
        assertThat(jdbc.queryForObject("SELECT locked_until FROM member WHERE id = ?", Object.class, member)).isNull();
        assertInstanceOf(LoginResult.Success.class, auth.login("DEMO-01", "192.0.2.33", LoginMethod.NIK, NIK, TestData.PIN));

        List<TestStaff.Audited> audited = staff.audit("test-unlock-suci");
        assertThat(audited).extracting(TestStaff.Audited::action).containsExactly("MEMBER_LOOKUP", "MEMBER_UNLOCKED", "MEMBER_LOOKUP");
        assertEquals("KPJ *******3011 member " + member, audited.get(0).detail());
        assertEquals("NIK ************3011 member " + member, audited.get(1).detail());
        assertEquals(TestData.BRANCH, audited.get(1).branchCode());
        assertEquals("NIK ************3011 member " + member, audited.get(2).detail());
        assertThat(audited).allSatisfy(a -> assertThat(a.detail()).doesNotContain(NIK).doesNotContain(KPJ).doesNotContain("Uji"));
    }

    @Test
    void anAdminFindsByNikAndSeesTheWrongPinsCounted() {
        auth.confirmPin(member, "DEMO-01", "000001");
        MemberPinLock found = unlocks.lookup(admin, " " + NIK + " ").orElseThrow();
        assertThat(found.locked()).isFalse();
        assertEquals(1, found.failedPinCount());
        assertThat(unlocks.unlock(admin, found).failedPinCount()).isZero();
        assertEquals(0, jdbc.queryForObject("SELECT failed_pin_count FROM member WHERE id = ?", Integer.class, member));
        assertThat(staff.audit("test-unlock-admin")).extracting(TestStaff.Audited::action).containsExactly("MEMBER_LOOKUP", "MEMBER_UNLOCKED");
    }

    @Test
    void badInputIsRefusedAndUnknownNumbersAreNotFound() {
        for (String bad : new String[]{"", "123", "1999982301", "347105150590301", "34710515059030011", "12a45678901", "１９９９９８２３０１１"}) {
            assertThatThrownBy(() -> unlocks.lookup(otherBranch, bad)).as(bad).isInstanceOf(MemberLookupRefusal.class)
                    .extracting(e -> ((StaffRefusal) e).messageKey()).isEqualTo("staff.members.error.number");
        }
        assertThatThrownBy(() -> unlocks.lookup(otherBranch, null)).isInstanceOf(MemberLookupRefusal.class);
        assertThat(staff.audit("test-unlock-suci")).as("nothing looked up").isEmpty();
        assertThat(unlocks.lookup(otherBranch, TestData.KPJ_PREFIX + "823999")).isEmpty();
        assertThat(unlocks.lookup(otherBranch, "3471051505903999")).isEmpty();
        assertThat(staff.audit("test-unlock-suci")).extracting(TestStaff.Audited::detail)
                .containsExactly("KPJ *******3999 not found", "NIK ************3999 not found");
    }
}
