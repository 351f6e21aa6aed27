package id.kiosmandiri.staff.ui;

import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskState;
import id.kiosmandiri.session.UsageAnalytics;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.staff.AuditEntry;
import id.kiosmandiri.staff.StaffAccountSummary;
import id.kiosmandiri.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages without a browser, signed in as the demo's staff accounts (or not at all):
 * Vaadin's view access control and the pages' contents, found by the ids in ../shared/KIOSK-UX.md.
 */
@IntegrationTest
@ViewPackages(packages = "id.kiosmandiri")
class StaffViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    KioskPresence presence;
    @Autowired
    UsageAnalytics usage;

    private TestStaff staff;

    @BeforeEach
    void testStaff() {
        staff = new TestStaff(jdbc, clock);
    }

    @AfterEach
    void removeTestStaff() {
        staff.deleteAll();
    }

    private Component go(String location) {
        UI.getCurrent().navigate(location);
        return (Component) getCurrentView();
    }

    private Component go(String location, String parameter, String value) {
        UI.getCurrent().navigate(location, QueryParameters.simple(Map.of(parameter, value)));
        return (Component) getCurrentView();
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    private boolean exists(String id) {
        return find(Component.class).withId(id).exists();
    }

    /** An element (not a component: the fleet table is plain HTML) by its id, below {@code root}. */
    private static Optional<Element> element(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> element(child, id)).flatMap(Optional::stream).findFirst();
    }

    @Test
    @WithAnonymousUser
    void withoutAStaffLoginEveryStaffPageShowsTheLogin() {
        for (String page : new String[]{"staff", "staff/accounts", "staff/audit"}) {
            assertThat(go(page)).as(page).isInstanceOf(StaffLoginView.class);
            assertThat(exists("staff-logout")).isFalse();
        }
        Element login = ((Component) getCurrentView()).getElement();
        assertThat(element(login, "staff-username")).isPresent();
        assertThat(element(login, "staff-password")).get().extracting(e -> e.getAttribute("type")).isEqualTo("password");
        assertThat(element(login, "staff-login")).isPresent();
    }

    @Test
    @WithAnonymousUser
    void aFailedLoginSaysOnlyThatNameOrPasswordWasWrong() {
        go("staff/login", "error", "");
        String text = byId(Component.class, "staff-login-error").getElement().getText();
        assertThat(text).isEqualTo("Nama pengguna atau kata sandi salah, atau akun tidak aktif.");
        go("staff/login", "wait", "300");
        assertThat(byId(Component.class, "staff-login-throttled").getElement().getText()).contains("5 menit");
        go("staff/login", "wait", "20");
        assertThat(byId(Component.class, "staff-login-throttled").getElement().getText()).contains("20 detik");
    }

    @Test
    @WithUserDetails("salemba")
    void branchStaffSeeTheirBranchsKiosksOnly() {
        Component fleet = go("staff");
        assertThat(fleet).isInstanceOf(FleetView.class);
        assertThat(byId(Component.class, "staff-user").getElement().getText()).isEqualTo("Petugas Salemba · Kantor Cabang Jakarta Salemba");
        assertThat(exists("staff-logout")).isTrue();
        assertThat(exists("staff-nav-accounts")).as("no admin pages offered").isFalse();
        jdbc.update("UPDATE kiosk SET state = NULL, last_seen_at = NULL, printer_status = NULL WHERE branch_code = 'JKTSALEMBA'");
        presence.changed("TEST-PDF", KioskState.MEMBER);
        ((FleetView) fleet).refresh();
        Element table = element(fleet.getElement(), "fleet").orElseThrow();
        List<String> rows = table.getChildren().filter(e -> e.getTag().equals("tbody")).findFirst().orElseThrow()
                .getChildren().map(r -> r.getAttribute("id")).toList();
        assertThat(rows).as("offline first, then by id").containsExactly(
                "kiosk-DEMO-01", "kiosk-TEST-FUZZ", "kiosk-TEST-PRINT", "kiosk-TEST-SCREEN", "kiosk-TEST-PDF");
        Element demo = element(table, "kiosk-DEMO-01").orElseThrow();
        assertThat(demo.getAttribute("data-state")).isEqualTo("offline");
        assertThat(demo.getClassList()).contains("fleet-offline");
        // today's counts are whatever earlier tests did at DEMO-01 today: the page shows the rollups' figures
        UsageAnalytics.KioskToday today = usage.today(List.of("DEMO-01")).get("DEMO-01");
        assertThat(demo.getChildren().map(Element::getTextRecursively).toList()).containsExactly("Offline", "DEMO-01",
                "Kios Mandiri 1Lobi utama, dekat antrean customer service", "belum pernah", "Belum mencetakCetak dari browser",
                String.valueOf(today.sessions()), String.valueOf(today.failedLogins()),
                "Tidak diwajibkan (demo)Kode pendaftaran"); // enrolment: not required in the test profile, a new code offered
        Element pdf = element(table, "kiosk-TEST-PDF").orElseThrow();
        assertThat(pdf.getAttribute("data-state")).isEqualTo("member");
        assertThat(pdf.getChild(0).getTextRecursively()).isEqualTo("Dipakai anggotasejak baru saja");
        assertThat(byId(Component.class, "fleet-summary").getElement().getText()).isEqualTo("5 kios: 1 daring, 1 sedang dipakai, 4 offline.");
        jdbc.update("UPDATE kiosk SET state = NULL, last_seen_at = NULL");

        test(byId(Button.class, "staff-lang")).click();
        Component english = (Component) getCurrentView();
        assertThat(english.getElement().getChild(0).getText()).isEqualTo("Kiosks of Kantor Cabang Jakarta Salemba");
        assertThat(byId(Button.class, "staff-logout").getText()).isEqualTo("Log out");
    }

    @Test
    @WithUserDetails("salemba")
    void branchStaffOpeningTheAccountsGetAccessDeniedNotThePage() {
        TestStaff audit = new TestStaff(jdbc, clock);
        Component shown = go("staff/accounts");
        assertThat(shown).isNotInstanceOf(AccountsView.class);
        assertThat(exists("staff-access-denied")).isTrue();
        assertThat(exists("accounts")).isFalse();
        assertThat(go("staff/audit")).isNotInstanceOf(AuditView.class);
        assertThat(exists("audit")).isFalse();
        assertThat(audit.audit("salemba")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACCESS_DENIED", "staff/accounts"),
                        org.assertj.core.groups.Tuple.tuple("ACCESS_DENIED", "staff/audit"));
    }

    @Test
    @WithUserDetails("admin")
    void anAdminCreatesDisablesAndResetsAnAccountEachAudited() {
        staff.willCreate("test-ui-new");
        assertThat(go("staff/accounts")).isInstanceOf(AccountsView.class);
        assertThat(byId(Component.class, "staff-user").getElement().getText()).isEqualTo("Admin Kantor Pusat · Semua cabang");
        test(byId(TextField.class, "account-username")).setValue("test-ui-new");
        test(byId(TextField.class, "account-name")).setValue("Petugas Uji");
        @SuppressWarnings("unchecked")
        Select<StaffRole> role = byId(Select.class, "account-role");
        test(role).selectItem("Petugas cabang");
        @SuppressWarnings("unchecked")
        Select<String> branch = byId(Select.class, "account-branch");
        test(branch).selectItem("Kantor Cabang Bandung Suci");
        test(byId(Button.class, "account-create")).click();
        String firstPassword = byId(Component.class, "account-password").getElement().getText();
        assertThat(firstPassword).matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}");
        test(byId(Button.class, "account-password-close")).click();

        @SuppressWarnings("unchecked")
        Grid<StaffAccountSummary> grid = byId(Grid.class, "accounts");
        int row = rowOf(grid, "test-ui-new");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Petugas cabang");
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("Kantor Cabang Bandung Suci");
        assertThat(test(grid).getCellText(row, 4)).isEqualTo("Aktif");

        test(actionButton(grid, row, "account-toggle-test-ui-new")).click();
        assertThat(staff.enabled("test-ui-new")).isFalse();
        row = rowOf(grid, "test-ui-new");
        assertThat(test(grid).getCellText(row, 4)).isEqualTo("Nonaktif");

        test(actionButton(grid, row, "account-reset-test-ui-new")).click();
        test(byId(Button.class, "account-reset-confirm")).click();
        String newPassword = byId(Component.class, "account-password").getElement().getText();
        assertThat(newPassword).isNotEqualTo(firstPassword);

        assertThat(staff.auditMentioning("test-ui-new")).extracting(TestStaff.Audited::username, TestStaff.Audited::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", "ACCOUNT_CREATED"),
                        org.assertj.core.groups.Tuple.tuple("admin", "ACCOUNT_DISABLED"),
                        org.assertj.core.groups.Tuple.tuple("admin", "PASSWORD_RESET"));
    }

    @Test
    @WithUserDetails("admin")
    void anAdminCannotDisableTheirOwnAccount() {
        go("staff/accounts");
        @SuppressWarnings("unchecked")
        Grid<StaffAccountSummary> grid = byId(Grid.class, "accounts");
        assertThat(actionButton(grid, rowOf(grid, "admin"), "account-toggle-admin").isEnabled()).isFalse();
        assertThat(actionButton(grid, rowOf(grid, "salemba"), "account-toggle-salemba").isEnabled()).isTrue();
        assertThat(staff.enabled("admin")).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void theAuditShowsTheNewestFirst() {
        staff.branchStaff("test-ui-audited", "JKTSALEMBA");
        jdbc.update("INSERT INTO staff_audit (occurred_at, username, action, detail, branch_code, client_address) "
                + "VALUES (UTC_TIMESTAMP(6) + INTERVAL 1 DAY, 'test-ui-audited', 'LOGIN', 'BRANCH_STAFF', 'JKTSALEMBA', '192.0.2.1')");
        try {
            assertThat(go("staff/audit")).isInstanceOf(AuditView.class);
            @SuppressWarnings("unchecked")
            Grid<AuditEntry> grid = byId(Grid.class, "audit");
            assertThat(test(grid).size()).isGreaterThan(1);
            assertThat(test(grid).getCellText(0, 1)).isEqualTo("test-ui-audited");
            assertThat(test(grid).getCellText(0, 2)).isEqualTo("Masuk");
            assertThat(test(grid).getCellText(0, 5)).isEqualTo("192.0.2.1");
            assertThat(byId(Component.class, "audit-count").getElement().getText()).endsWith("catatan, yang terbaru di atas.");
        } finally {
            jdbc.update("DELETE FROM staff_audit WHERE username = 'test-ui-audited'");
        }
    }

    private int rowOf(Grid<StaffAccountSummary> grid, String username) {
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not listed"));
    }

    private Button actionButton(Grid<StaffAccountSummary> grid, int row, String id) {
        Component actions = test(grid).getCellComponent(row, "actions");
        return actions.getChildren().filter(c -> id.equals(c.getId().orElse(null))).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
    }
}
