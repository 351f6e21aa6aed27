package id.kiosmandiri.staff;

import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskState;
import java.util.List;
import static org.assertj.core.api.Assertions.tuple;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may see and change what, asked of the services themselves (not through a screen): branch
 * staff get nothing of another branch and none of the admin's services; an admin's account
 * changes are made and audited; a disabled account cannot log in.
 */
@IntegrationTest
class StaffServicesTest {

    @Autowired
    FleetService fleet;
    @Autowired
    StaffAccountService accounts;
    @Autowired
    StaffAuditLog audit;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    KioskPresence presence;

    private TestStaff staff;
    private CurrentStaff salemba;
    private CurrentStaff admin;

    @BeforeEach
    void accounts() {
        staff = new TestStaff(jdbc, clock);
        salemba = new CurrentStaff(staff.branchStaff("test-svc-salemba", "JKTSALEMBA"), "test-svc-salemba", "Test",
                StaffRole.BRANCH_STAFF, "JKTSALEMBA", "192.0.2.10");
        admin = new CurrentStaff(staff.admin("test-svc-admin"), "test-svc-admin", "Test", StaffRole.ADMIN, null, "192.0.2.20");
    }

    @AfterEach
    void removeAccounts() {
        staff.deleteAll();
    }

    @Test
    void branchStaffSeeTheirOwnBranchsKiosksOnly() {
        assertThat(fleet.kiosks(salemba)).extracting(FleetKiosk::id)
                .containsExactlyInAnyOrder("DEMO-01", "TEST-FUZZ", "TEST-PDF", "TEST-PRINT", "TEST-SCREEN");
        assertThat(fleet.kiosks(salemba)).allSatisfy(k -> assertThat(k.branchCode()).isEqualTo("JKTSALEMBA"));
        // asking for another branch by name gives nothing
        assertThat(fleet.kiosksOfBranch(salemba, "BDGSUCI")).isEmpty();
        assertThat(fleet.kiosksOfBranch(salemba, "JKTSALEMBA")).hasSize(5);
        assertThat(fleet.branches(salemba)).extracting(b -> b.code()).containsExactly("JKTSALEMBA");
        assertThat(fleet.branch(salemba, "BDGSUCI")).isEmpty();
    }

    @Test
    void theFleetSaysWhatEachKioskDoesNowWithOfflineKiosksFirst() {
        jdbc.update("UPDATE kiosk SET state = NULL, state_since = NULL, last_seen_at = NULL, printer_status = NULL "
                + "WHERE branch_code = 'JKTSALEMBA'");
        presence.changed("DEMO-01", KioskState.ATTRACT);
        presence.changed("TEST-PDF", KioskState.MEMBER);
        presence.changed("TEST-PRINT", KioskState.WARNING);
        presence.printed("TEST-PRINT", false);
        presence.printed("TEST-PDF", true);

        List<FleetKiosk> kiosks = fleet.kiosks(salemba);
        assertThat(kiosks).extracting(FleetKiosk::id, FleetKiosk::state).containsExactly(
                tuple("TEST-FUZZ", FleetKiosk.State.OFFLINE), tuple("TEST-SCREEN", FleetKiosk.State.OFFLINE),
                tuple("DEMO-01", FleetKiosk.State.ATTRACT), tuple("TEST-PDF", FleetKiosk.State.MEMBER),
                tuple("TEST-PRINT", FleetKiosk.State.WARNING));
        assertThat(kiosks).extracting(FleetKiosk::id, FleetKiosk::printer).contains(
                tuple("TEST-FUZZ", FleetKiosk.Printer.NONE), tuple("DEMO-01", FleetKiosk.Printer.UNKNOWN),
                tuple("TEST-PDF", FleetKiosk.Printer.OK), tuple("TEST-PRINT", FleetKiosk.Printer.FAILED));
        assertThat(kiosks.getFirst().lastSeen()).as("never heard from").isNull();
        assertThat(kiosks.get(2).lastSeen()).isNotNull();
        // another branch's kiosk in use is not this branch's business
        presence.changed("TEST-IDLE", KioskState.MEMBER);
        assertThat(fleet.kiosks(salemba)).extracting(FleetKiosk::id).doesNotContain("TEST-IDLE");
        jdbc.update("UPDATE kiosk SET state = NULL, state_since = NULL, last_seen_at = NULL, printer_status = NULL");
    }

    @Test
    void anAdminSeesEveryBranch() {
        assertThat(fleet.kiosks(admin)).extracting(FleetKiosk::branchCode).contains("JKTSALEMBA", "BDGSUCI", "MKSTAMALANREA", "JYPJAYAPURA");
        assertThat(fleet.kiosksOfBranch(admin, "BDGSUCI")).extracting(FleetKiosk::id).containsExactlyInAnyOrder("TEST-BALANCE", "TEST-IDLE", "TEST-OUTAGE");
    }

    @Test
    void branchStaffCannotUseTheAdminsServicesAndTheTryIsAudited() {
        assertThatThrownBy(() -> accounts.accounts(salemba, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.count(salemba)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(salemba, new NewStaffAccount("test-svc-x", "X", StaffRole.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(salemba, admin.accountId(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(salemba, admin.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.page(salemba, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(salemba)).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.enabled("test-svc-admin")).as("nothing changed").isTrue();
        assertThat(staff.audit("test-svc-salemba")).hasSize(7)
                .allSatisfy(row -> {
                    assertThat(row.action()).isEqualTo("ACCESS_DENIED");
                    assertThat(row.branchCode()).isEqualTo("JKTSALEMBA");
                    assertThat(row.clientAddress()).isEqualTo("192.0.2.10");
                });
    }

    @Test
    void anAdminCreatesDisablesEnablesAndResetsAccountsEachAudited() {
        staff.willCreate("test-svc-new");
        StaffAccountService.Created created = accounts.create(admin,
                new NewStaffAccount("  Test-Svc-New ", "Petugas Baru", StaffRole.BRANCH_STAFF, "BDGSUCI"));
        assertThat(created.account().username()).as("lower-cased, trimmed").isEqualTo("test-svc-new");
        assertThat(created.password()).matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}");
        String hash = jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE username = 'test-svc-new'", String.class);
        assertThat(hash).as("stored as BCrypt only").startsWith("$2").doesNotContain(created.password());
        assertThat(login("test-svc-new", created.password()).getName()).isEqualTo("test-svc-new");

        long id = created.account().id();
        accounts.setEnabled(admin, id, false);
        assertThat(staff.enabled("test-svc-new")).isFalse();
        accounts.setEnabled(admin, id, true);
        String newPassword = accounts.resetPassword(admin, id);
        assertThat(newPassword).isNotEqualTo(created.password());
        assertThatThrownBy(() -> login("test-svc-new", created.password())).isInstanceOf(BadCredentialsException.class);
        assertThat(login("test-svc-new", newPassword).getName()).isEqualTo("test-svc-new");

        assertThat(staff.auditMentioning("test-svc-new"))
                .extracting(TestStaff.Audited::username, TestStaff.Audited::action, TestStaff.Audited::branchCode,
                        TestStaff.Audited::clientAddress)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("test-svc-admin", "ACCOUNT_CREATED", "BDGSUCI", "192.0.2.20"),
                        org.assertj.core.groups.Tuple.tuple("test-svc-admin", "ACCOUNT_DISABLED", "BDGSUCI", "192.0.2.20"),
                        org.assertj.core.groups.Tuple.tuple("test-svc-admin", "ACCOUNT_ENABLED", "BDGSUCI", "192.0.2.20"),
                        org.assertj.core.groups.Tuple.tuple("test-svc-admin", "PASSWORD_RESET", "BDGSUCI", "192.0.2.20"));
        assertThat(jdbc.queryForList("SELECT detail FROM staff_audit", String.class))
                .as("no password in the audit").noneMatch(d -> d != null && (d.contains(created.password()) || d.contains(newPassword)));
    }

    @Test
    void anAdminDisabledAMomentAgoCanDoNothingMoreFromAPageStillOpen() {
        staff.setEnabled("test-svc-admin", false);
        assertThatThrownBy(() -> accounts.count(admin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(admin, salemba.accountId(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.page(admin, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.enabled("test-svc-salemba")).isTrue();
    }

    @Test
    void accountRulesAreCheckedByTheService() {
        assertThatThrownBy(() -> accounts.create(admin, new NewStaffAccount("x", "X", StaffRole.ADMIN, null)))
                .isInstanceOf(StaffAccountException.class).hasMessage("staff.accounts.error.username");
        assertThatThrownBy(() -> accounts.create(admin, new NewStaffAccount("test-svc-y", " ", StaffRole.ADMIN, null)))
                .hasMessage("staff.accounts.error.name");
        assertThatThrownBy(() -> accounts.create(admin, new NewStaffAccount("test-svc-y", "Y", StaffRole.BRANCH_STAFF, null)))
                .hasMessage("staff.accounts.error.branch-required");
        assertThatThrownBy(() -> accounts.create(admin, new NewStaffAccount("test-svc-y", "Y", StaffRole.BRANCH_STAFF, "NOWHERE")))
                .hasMessage("staff.accounts.error.branch-unknown");
        assertThatThrownBy(() -> accounts.create(admin, new NewStaffAccount("test-svc-salemba", "Y", StaffRole.ADMIN, null)))
                .hasMessage("staff.accounts.error.username-taken");
        assertThatThrownBy(() -> accounts.setEnabled(admin, admin.accountId(), false)).hasMessage("staff.accounts.error.self");
        assertThat(staff.enabled("test-svc-admin")).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogInEvenWithItsPassword() {
        assertThat(login("test-svc-salemba", TestStaff.PASSWORD).getAuthorities())
                .extracting(a -> a.getAuthority()).containsExactly("ROLE_BRANCH_STAFF");
        staff.setEnabled("test-svc-salemba", false);
        assertThatThrownBy(() -> login("test-svc-salemba", TestStaff.PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(staff.audit("test-svc-salemba")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN", "BRANCH_STAFF"),
                        org.assertj.core.groups.Tuple.tuple("LOGIN_FAILED", "account disabled"));
        // a disabled account's tries count like wrong passwords: no way around the throttle
        assertThat(staff.failedLogins("test-svc-salemba")).isEqualTo(1);
    }

    @Test
    void aWrongPasswordCostsOneCheckAndOneCountedFailure() {
        assertThatThrownBy(() -> login("test-svc-salemba", "not-the-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(staff.failedLogins("test-svc-salemba")).as("counted once, not again by another provider").isEqualTo(1);
        assertThat(staff.audit("test-svc-salemba")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN_FAILED", "wrong password"));
        assertThatThrownBy(() -> login("test-svc-nobody", "whatever-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(staff.audit("test-svc-nobody")).extracting(TestStaff.Audited::detail).containsExactly("unknown username");
        jdbc.update("DELETE FROM staff_login_failure WHERE username = 'test-svc-nobody'");
    }

    @Test
    void theSignedInAccountStaysValidOnlyWhileEnabledWithItsRoleAndBranch() {
        assertThat(accounts.stillValid(salemba)).isTrue();
        staff.setEnabled("test-svc-salemba", false);
        assertThat(accounts.stillValid(salemba)).isFalse();
        staff.setEnabled("test-svc-salemba", true);
        assertThat(accounts.stillValid(new CurrentStaff(salemba.accountId(), salemba.username(), "Test", StaffRole.ADMIN, null,
                null))).as("another role than the account's").isFalse();
    }

    /** A login as the form does it, through Spring Security's authentication manager (events and all). */
    private Authentication login(String username, String password) {
        try {
            AuthenticationManager manager = authentication.getAuthenticationManager();
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
            return manager.authenticate(token);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
