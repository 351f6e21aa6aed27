package id.kiosmandiri.e2e;

import id.kiosmandiri.TestStaff;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.demo.DemoStaffLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff access in real Chromium, on a staff PC's landscape screen: staff pages send a visitor to
 * the login; a wrong password says so plainly; the demo admin gets the accounts and the audit, a
 * branch staff member their branch's kiosks and "access denied" for the admin's pages; a member
 * signed in on a kiosk tab cannot open staff pages, and one browser session is never both a
 * member's and a staff member's. Screenshots of the staff screens under target/screenshots/.
 */
class StaffAccessTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestStaff staff;

    @BeforeEach
    void landscape() {
        resizeViewport(driver, LANDSCAPE);
        staff = new TestStaff(jdbc, clock);
    }

    @AfterEach
    void removeTestStaff() {
        staff.deleteAll();
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private StaffLoginPage staffLogin() {
        open("staff/login");
        return new StaffLoginPage(driver);
    }

    @Test
    void staffPagesSendAVisitorToTheLoginAndAWrongPasswordSaysSoPlainly() {
        open("staff/accounts");
        StaffLoginPage login = new StaffLoginPage(driver);
        assertThat(path()).isEqualTo("/staff/login");
        assertThat(login.isShown("staff-logout")).isFalse();
        screenshot("staff-login-landscape");

        staff.branchStaff("test-e2e-wrong", "JKTSALEMBA");
        login.submit("test-e2e-wrong", "not-the-password");
        login = new StaffLoginPage(driver);
        assertThat(login.error()).isEqualTo("Nama pengguna atau kata sandi salah, atau akun tidak aktif.");
        assertThat(driver.getPageSource()).doesNotContain("not-the-password");
        screenshot("staff-login-failed-landscape");
        assertThat(staff.audit("test-e2e-wrong")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOGIN_FAILED", "wrong password"));
    }

    @Test
    void theAdminSeesTheAccountsAndTheAuditThenLogsOut() {
        StaffLoginPage.StaffShell shell = staffLogin().loginAs(DemoStaffLogin.ADMIN.username(), DemoStaffLogin.ADMIN.password());
        assertThat(shell.path()).isEqualTo("/staff/accounts");
        assertThat(shell.user()).isEqualTo("Admin Kantor Pusat · Semua cabang");
        shell.byId("accounts");
        assertThat(driver.findElement(org.openqa.selenium.By.id("accounts")).getText()).contains("salemba", "bandung")
                .as("no test left an account of its own behind").doesNotContain(TestStaff.PREFIX);
        screenshot("staff-accounts-landscape");

        // a new password for an account, from the list, confirmed, shown once, audited with the admin's address
        staff.branchStaff("test-e2e-reset", "BDGSUCI");
        open("staff/accounts");
        click("account-reset-test-e2e-reset");
        click("account-reset-confirm");
        String password = byId("account-password").getText();
        assertThat(password).matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}");
        screenshot("staff-accounts-password-landscape");
        click("account-password-close");
        assertThat(staff.auditMentioning("test-e2e-reset")).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("admin");
            assertThat(row.action()).isEqualTo("PASSWORD_RESET");
            assertThat(row.clientAddress()).as("the admin's address").isNotBlank();
        });

        shell.open("staff-nav-audit", "audit");
        assertThat(shell.path()).isEqualTo("/staff/audit");
        assertThat(driver.findElement(org.openqa.selenium.By.id("audit")).getText()).contains("Masuk", "admin");
        screenshot("staff-audit-landscape");

        shell.open("staff-nav-fleet", "fleet");
        assertThat(shell.kioskRows()).contains("kiosk-DEMO-01", "kiosk-TEST-BALANCE", "kiosk-TEST-WIT");

        StaffLoginPage login = shell.logout();
        assertThat(login.byId("staff-login-out").getText()).isEqualTo("Anda sudah keluar.");
        open("staff/audit");
        assertThat(path()).as("signed out for real").isEqualTo("/staff/login");
        assertThat(staff.audit("admin")).extracting(TestStaff.Audited::action).containsSubsequence("LOGIN", "LOGOUT");
    }

    @Test
    void branchStaffSeeTheirKiosksAndAreDeniedTheAdminsPages() {
        StaffLoginPage.StaffShell shell = staffLogin().loginAs(DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
        assertThat(shell.path()).isEqualTo("/staff");
        assertThat(shell.kioskRows()).containsExactlyInAnyOrder("kiosk-DEMO-01", "kiosk-TEST-FUZZ", "kiosk-TEST-PDF", "kiosk-TEST-PRINT",
                "kiosk-TEST-SCREEN");
        screenshot("staff-fleet-landscape");

        open("staff/accounts");
        assertThat(new StaffLoginPage.StaffShell(driver).byId("staff-access-denied").getText()).contains("Akses ditolak");
        assertThat(driver.findElements(org.openqa.selenium.By.id("accounts"))).isEmpty();
        screenshot("staff-access-denied-landscape");
    }

    @Test
    void aMemberSignedInOnAKioskTabCannotOpenStaffPages() {
        open("");
        new AttractPage(driver).start().swipeCard(DemoLogin.BUDI.cardUid()).loginWithPin(DemoLogin.BUDI.pin());
        open("staff");
        assertThat(path()).isEqualTo("/staff/login");
        new StaffLoginPage(driver);
        open("staff/accounts");
        assertThat(path()).isEqualTo("/staff/login");
        // the member's own screens still work in that browser
        open("home");
        assertThat(new HomePage(driver).greeting()).contains("Budi");
    }

    @Test
    void aStaffLoginInAKioskBrowserLeavesNothingOfTheMember() {
        open("");
        new AttractPage(driver).start().swipeCard(DemoLogin.BUDI.cardUid()).loginWithPin(DemoLogin.BUDI.pin());
        staffLogin().loginAs(DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
        open("home");
        assertThat(path()).as("a new session: no member in it").isEqualTo("/");
        new AttractPage(driver).byId("start");
        assertThat(driver.getPageSource()).doesNotContain("Budi");
    }

    @Test
    void aMemberLoginInAStaffBrowserSignsTheStaffOut() {
        staffLogin().loginAs(DemoStaffLogin.BANDUNG.username(), DemoStaffLogin.BANDUNG.password());
        open("");
        new AttractPage(driver).start().swipeCard(DemoLogin.BUDI.cardUid()).loginWithPin(DemoLogin.BUDI.pin());
        open("staff");
        new StaffLoginPage(driver);
        assertThat(path()).isEqualTo("/staff/login");
        open("staff");
        assertThat(path()).as("the staff login is gone, not hidden").isEqualTo("/staff/login");
    }
}
