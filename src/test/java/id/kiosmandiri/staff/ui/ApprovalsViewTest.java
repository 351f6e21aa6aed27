package id.kiosmandiri.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.profile.ProfileChangeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The approvals page without a browser, as the demo's Salemba branch staff. */
@IntegrationTest
@ViewPackages(packages = "id.kiosmandiri")
class ApprovalsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ProfileChangeService changes;

    private TestData data;
    private long member;

    @BeforeEach
    void member() {
        data = new TestData(jdbc, clock);
        member = data.loginMember("3471051505902004", TestData.KPJ_PREFIX + "810004", TestData.KPJ_PREFIX + "81004", "Rudi Uji Petugas");
        jdbc.update("UPDATE member SET phone = '081211114444', email = 'rudi@example.com', address = NULL WHERE id = ?", member);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private boolean exists(String id) {
        return find(Component.class).withId(id).exists();
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private String message() {
        return find(Component.class).withId("approvals-message").single().getElement().getText();
    }

    private String html() {
        return ((Component) getCurrentView()).getElement().getOuterHTML();
    }

    @Test
    @WithUserDetails("salemba")
    void staffSeeTheValuesInFullAndApproveOrRejectWithAReason() {
        long phone = changes.request(member, "DEMO-01", null, ContactField.PHONE, "081255556666");
        long address = changes.request(member, "DEMO-01", null, ContactField.ADDRESS, "Jl. Salemba Tengah No. 3, Jakarta Pusat");
        UI.getCurrent().navigate("staff/approvals");
        assertThat(exists("staff-nav-approvals")).isTrue();
        assertThat(html()).contains("id=\"approvals\"").contains("id=\"change-" + phone + "\"").contains("id=\"change-" + address + "\"")
                .contains("Rudi Uji Petugas").contains("•••••••0004").doesNotContain(TestData.KPJ_PREFIX + "810004")
                .contains("081211114444").contains("081255556666").contains("Jl. Salemba Tengah No. 3, Jakarta Pusat");

        click("select-" + phone);
        click("approve");
        assertThat(message()).isEqualTo("Permintaan " + phone + " disetujui; data anggota sudah diubah.");
        assertThat(jdbc.queryForObject("SELECT phone FROM member WHERE id = ?", String.class, member)).isEqualTo("081255556666");
        assertThat(html()).doesNotContain("id=\"change-" + phone + "\"").contains("id=\"change-" + address + "\"");

        click("select-" + address);
        test(find(TextField.class).withId("reject-reason").single()).setValue("x");
        click("reject");
        assertThat(message()).startsWith("Tulis alasan penolakan");
        assertThat(html()).contains("id=\"change-" + address + "\"");
        test(find(TextField.class).withId("reject-reason").single()).setValue("Alamat tidak lengkap: tulis RT/RW");
        click("reject");
        assertThat(message()).isEqualTo("Permintaan " + address + " ditolak; data anggota tidak diubah.");
        assertThat(jdbc.queryForObject("SELECT address FROM member WHERE id = ?", String.class, member)).isNull();
        assertThat(jdbc.queryForObject("SELECT reject_reason FROM profile_change_request WHERE id = ?", String.class, address))
                .isEqualTo("Alamat tidak lengkap: tulis RT/RW");
    }

    @Test
    @WithUserDetails("bandung")
    void anotherBranchsStaffDoNotSeeTheRequest() {
        long phone = changes.request(member, "DEMO-01", null, ContactField.PHONE, "081255557777");
        UI.getCurrent().navigate("staff/approvals");
        assertThat(html()).doesNotContain("change-" + phone + "\"").doesNotContain("Rudi Uji Petugas");
    }

    @Test
    @WithAnonymousUser
    void withoutAStaffLoginThePageShowsTheLogin() {
        changes.request(member, "DEMO-01", null, ContactField.PHONE, "081255558888");
        UI.getCurrent().navigate("staff/approvals");
        assertThat(getCurrentView()).isInstanceOf(StaffLoginView.class);
        assertThat(html()).doesNotContain("Rudi Uji Petugas").doesNotContain("081255558888");
    }
}
