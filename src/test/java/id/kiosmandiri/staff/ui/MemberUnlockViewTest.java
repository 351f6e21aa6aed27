package id.kiosmandiri.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.member.MemberAuthService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff PIN unlock page without a browser, signed in as the demo's Salemba branch staff. */
@IntegrationTest
@ViewPackages(packages = "id.kiosmandiri")
class MemberUnlockViewTest extends SpringBrowserlessTest {

    private static final String NIK = "3471051505903031";
    private static final String KPJ = TestData.KPJ_PREFIX + "823031";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MemberAuthService auth;

    private TestData data;
    private long member;

    @BeforeEach
    void lockedMember() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, KPJ, "1999982331", "Uji Petugas Buka");
        for (String wrong : new String[]{"000001", "000002", "000003"}) {
            auth.confirmPin(member, "DEMO-01", wrong);
        }
    }

    @AfterEach
    void removeTestMember() {
        data.deleteAll();
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    private boolean exists(String id) {
        return find(Component.class).withId(id).exists();
    }

    private String text(String id) {
        return byId(Component.class, id).getElement().getTextRecursively();
    }

    private void lookUp(String number) {
        test(byId(TextField.class, "member-lookup")).setValue(number);
        test(byId(Button.class, "member-find")).click();
    }

    @Test
    @WithUserDetails("salemba")
    void branchStaffFindTheLockedMemberAndUnlockThem() {
        UI.getCurrent().navigate("staff/members");
        assertThat(exists("staff-nav-members")).isTrue();
        lookUp("12345");
        assertThat(text("member-error")).isEqualTo("Masukkan NIK (16 angka) atau nomor KPJ (11 angka).");
        assertThat(exists("member-result")).isFalse();
        lookUp(TestData.KPJ_PREFIX + "823999");
        assertThat(text("member-error")).isEqualTo("Tidak ada peserta dengan nomor ini.");

        lookUp(KPJ);
        assertThat(exists("member-error")).isFalse();
        assertThat(text("member-result")).contains("Uji Petugas Buka").contains("••••••••••••3031").contains("•••••••3031")
                .contains("Kantor Cabang").contains("Dikunci sampai").contains("WIB").doesNotContain(NIK).doesNotContain(KPJ);
        test(byId(Button.class, "member-unlock")).click();
        assertThat(exists("member-unlocked")).isTrue();
        assertThat(text("member-lock")).isEqualTo("Tidak dikunci");
        assertThat(jdbc.queryForObject("SELECT locked_until FROM member WHERE id = ?", Object.class, member)).isNull();
    }

    @Test
    @WithAnonymousUser
    void withoutAStaffLoginThePageShowsTheLogin() {
        UI.getCurrent().navigate("staff/members");
        assertThat(getCurrentView()).isInstanceOf(StaffLoginView.class);
        assertThat(exists("member-lookup")).isFalse();
    }
}
