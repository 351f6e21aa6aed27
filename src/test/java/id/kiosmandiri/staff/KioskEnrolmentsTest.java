package id.kiosmandiri.staff;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.kiosk.KioskDevices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Branch staff enrol and revoke their own branch's kiosks only; every code, revocation and refusal is audited. */
@IntegrationTest
class KioskEnrolmentsTest {

    private static final String KIOSK = "TEST-WIT"; // of JYPJAYAPURA

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    KioskEnrolments enrolments;
    @Autowired
    KioskDevices devices;

    private TestStaff staff;
    private CurrentStaff jayapura;
    private CurrentStaff suci;

    @BeforeEach
    void setUp() {
        staff = new TestStaff(jdbc, clock);
        jayapura = new CurrentStaff(staff.branchStaff("test-enrol-jyp", "JYPJAYAPURA"), "test-enrol-jyp", "Test",
                StaffRole.BRANCH_STAFF, "JYPJAYAPURA", "192.0.2.61");
        suci = new CurrentStaff(staff.branchStaff("test-enrol-suci", "BDGSUCI"), "test-enrol-suci", "Test",
                StaffRole.BRANCH_STAFF, "BDGSUCI", "192.0.2.62");
    }

    @AfterEach
    void tearDown() {
        jdbc.update("DELETE FROM kiosk_device WHERE kiosk_id = ?", KIOSK);
        jdbc.update("DELETE FROM kiosk_enrolment_code WHERE kiosk_id = ?", KIOSK);
        staff.deleteAll();
    }

    @Test
    void branchStaffEnrolAndRevokeTheirKioskAndTheAuditSaysSoWithoutTheCode() {
        KioskDevices.EnrolmentCode code = enrolments.newCode(jayapura, KIOSK);
        String credential = ((KioskDevices.Enrolment.Enrolled) devices.enrol(code.code(), "192.0.2.63")).credential();
        assertThat(enrolments.devices(jayapura)).containsKey(KIOSK);
        assertThat(enrolments.devices(suci)).as("another branch's kiosk is not shown").doesNotContainKey(KIOSK);

        assertThat(enrolments.revoke(jayapura, KIOSK)).isTrue();
        assertThat(devices.kioskOf(credential)).isEmpty();

        assertThat(staff.audit("test-enrol-jyp")).extracting(TestStaff.Audited::action)
                .containsExactly("KIOSK_ENROLMENT_CODE", "KIOSK_REVOKED");
        assertThat(staff.audit("test-enrol-jyp")).allSatisfy(a -> {
            assertThat(a.detail()).isEqualTo("kiosk " + KIOSK).doesNotContain(code.code());
            assertThat(a.branchCode()).isEqualTo("JYPJAYAPURA");
        });
    }

    @Test
    void anotherBranchsStaffCanNeitherEnrolNorRevokeIt() {
        enrolments.newCode(jayapura, KIOSK);
        assertThatThrownBy(() -> enrolments.newCode(suci, KIOSK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.revoke(suci, KIOSK)).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.audit("test-enrol-suci")).extracting(TestStaff.Audited::action).containsExactly("ACCESS_DENIED", "ACCESS_DENIED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kiosk_enrolment_code WHERE kiosk_id = ?", Integer.class, KIOSK))
                .as("only the own branch's code").isEqualTo(1);
    }
}
