package id.kiosmandiri.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.profile.ProfileChangeService;
import id.kiosmandiri.session.LoginMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The update screen without a browser: each step, the texts, what is stored and what is not. */
@IntegrationTest
class UpdateViewTest extends KioskBrowserlessTest {

    private static final String NIK = "3471051505902003";
    private static final String PHONE = "081211113333";
    private static final String ADDRESS = "Jl. Percetakan Negara No. 7, Johar Baru, Jakarta Pusat";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ProfileChangeService changes;

    private TestData data;
    private long member;

    @BeforeEach
    void login() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, TestData.KPJ_PREFIX + "810003", TestData.KPJ_PREFIX + "81003", "Sari Uji Layar");
        jdbc.update("UPDATE member SET phone = ?, email = NULL, address = ? WHERE id = ?", PHONE, ADDRESS, member);
        memberSessions.begin(member, DEMO_KIOSK, LoginMethod.KPJ);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private long requests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM profile_change_request WHERE member_id = ?", Long.class, member);
    }

    private void keys(String prefix, String chars) {
        for (char c : chars.toCharArray()) {
            click(prefix + c);
        }
    }

    private String page() {
        return ((Component) getCurrentView()).getElement().getOuterHTML();
    }

    @Test
    void showsTheDetailsWithTheAddressShortenedAndWhatCannotChangeHere() {
        UI.getCurrent().navigate("update");
        assertOnScreen("update");
        assertThat(text("update-current-phone")).isEqualTo(PHONE);
        assertThat(text("update-current-email")).isEqualTo("Belum ada");
        assertThat(text("update-current-address")).isEqualTo("Jl. Percetakan…");
        assertThat(page()).doesNotContain("Johar Baru").doesNotContain(ADDRESS);
        assertThat(exists("update-phone") && exists("update-email") && exists("update-address")).isTrue();
        assertThat(text("update-pending")).contains("Belum ada permintaan perubahan.");
        assertThat(text("update-notice")).contains("NIK, nama dan tanggal lahir").contains("e-KTP").contains("Kartu Keluarga");
        assertThat(jdbc.queryForList("SELECT detail FROM usage_event WHERE session_id IN (SELECT id FROM kiosk_session WHERE member_id = ?) "
                + "AND event_type = 'feature'", String.class, member)).containsExactly("update");
    }

    @Test
    void aPhoneIsTypedConfirmedWithThePinReviewedAndSent() {
        UI.getCurrent().navigate("update");
        click("update-phone");
        keys("key-", "0712345678");
        click("key-ok");
        assertThat(text("update-error")).isEqualTo("Nomor HP harus diawali 08 dan terdiri dari 10 sampai 13 angka. Periksa lalu ketik lagi.");
        click("key-clear");
        keys("key-", PHONE);
        click("key-ok");
        assertThat(text("update-error")).isEqualTo("Data ini sama dengan data sekarang. Tidak ada yang perlu diubah.");
        click("key-clear");
        keys("key-", "085712345678");
        click("key-ok");
        assertThat(exists("pin-display")).isTrue();
        assertThat(requests()).as("nothing stored yet").isZero();

        keys("key-", "999999");
        click("key-ok");
        assertThat(text("update-error")).startsWith("PIN salah.");
        assertThat(stored.failedPinCount(member)).isEqualTo(1);
        keys("key-", TestData.PIN);
        click("key-ok");

        assertThat(text("update-old")).isEqualTo(PHONE);
        assertThat(text("update-new")).isEqualTo("085712345678");
        click("update-confirm");
        assertThat(text("update-sent")).contains("menunggu persetujuan petugas");
        assertThat(requests()).isEqualTo(1);
        Component entry = find(Component.class).withAttribute("data-status", "pending").single();
        assertThat(entry.getElement().getTextRecursively()).contains("Nomor HP: 085712345678").contains("Menunggu persetujuan");
        assertThat(text("update-current-phone")).as("unchanged until approved").isEqualTo(PHONE);
    }

    @Test
    void anAddressIsTypedOnTheLetterKeyboardAndShownInFullOnlyToReview() {
        UI.getCurrent().navigate("update");
        click("update-address");
        assertThat(exists("osk")).isTrue();
        click("osk-shift");
        keys("osk-", "jl");
        click("osk-dot");
        click("osk-space");
        click("osk-shift");
        keys("osk-", "mawar");
        click("osk-ok");
        assertThat(text("update-error")).startsWith("Alamat harus 10 sampai 255 huruf");
        click("osk-space");
        keys("osk-", "5");
        click("osk-comma");
        click("osk-space");
        click("osk-shift");
        keys("osk-", "bogor");
        click("osk-ok");
        keys("key-", TestData.PIN);
        click("key-ok");
        assertThat(text("update-old")).isEqualTo("Jl. Percetakan…");
        assertThat(text("update-new")).isEqualTo("Jl. Mawar 5, Bogor");
        click("update-confirm");
        assertThat(jdbc.queryForObject("SELECT new_value FROM profile_change_request WHERE member_id = ?", String.class, member))
                .isEqualTo("Jl. Mawar 5, Bogor");
        assertThat(text("update-pending")).contains("Alamat domisili: Jl. Mawar…").doesNotContain("Bogor");
    }

    @Test
    void theMemberReadsStaffsAnswers() {
        long rejected = changes.request(member, DEMO_KIOSK, null, ContactField.EMAIL, "sari@example.com");
        changes.reject(rejected, "test-b-staff", "Email salah ketik, mohon ajukan lagi");
        long approved = changes.request(member, DEMO_KIOSK, null, ContactField.PHONE, "081299990000");
        changes.approve(approved, "test-b-staff");
        UI.getCurrent().navigate("update");
        assertThat(text("update-current-phone")).isEqualTo("081299990000");
        Component no = find(Component.class).withId("update-change-" + rejected).single();
        assertThat(no.getElement().getAttribute("data-status")).isEqualTo("rejected");
        assertThat(no.getElement().getTextRecursively()).contains("Ditolak").contains("Alasan petugas: Email salah ketik, mohon ajukan lagi");
        Component yes = find(Component.class).withId("update-change-" + approved).single();
        assertThat(yes.getElement().getAttribute("data-status")).isEqualTo("approved");
        assertThat(yes.getElement().getTextRecursively()).contains("Disetujui");
    }

    @Test
    void threeWrongPinsLockAndSayHowToUnlock() {
        UI.getCurrent().navigate("update");
        click("update-email");
        keys("osk-", "sari");
        click("osk-at");
        keys("osk-", "mail");
        click("osk-dot");
        keys("osk-", "id");
        click("osk-ok");
        for (int i = 0; i < 3; i++) {
            keys("key-", "111111");
            click("key-ok");
        }
        assertThat(text("update-locked")).contains("dikunci sampai pukul").contains("e-KTP").contains("175");
        assertThat(exists("update-locked-logout")).isTrue();
        assertThat(exists("update-confirm")).isFalse();
        assertThat(requests()).isZero();
    }
}
