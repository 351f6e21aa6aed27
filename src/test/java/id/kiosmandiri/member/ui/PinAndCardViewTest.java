package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.QrDecoding;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.member.Segment;
import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.SessionEndReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change-PIN and digital-card screens without a browser, for test members of this class's own. */
@IntegrationTest
class PinAndCardViewTest extends KioskBrowserlessTest {

    private static final String NIK = "3471051505903021";
    private static final String KPJ = TestData.KPJ_PREFIX + "823021";
    private static final String SECOND_KPJ = TestData.KPJ_PREFIX + "823022";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private TestData data;
    private long member;

    @BeforeEach
    void loggedIn() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, KPJ, "1999982321", "Uji Layar Kartu");
        memberSessions.begin(member, DEMO_KIOSK, LoginMethod.KPJ);
    }

    @AfterEach
    void removeTestMember() {
        data.deleteAll();
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            click("key-" + c);
        }
        click("key-ok");
    }

    @Test
    void typingAgainPutsTheMessageAwayButKeepsItsRoomSoTheKeysDoNotMove() {
        UI.getCurrent().navigate("pin");
        type("000009");
        Paragraph error = byId(Paragraph.class, "pin-error");
        assertThat(error.getClassNames()).contains("visible").doesNotContain("faded");
        click("key-4");
        assertThat(error.getClassNames()).contains("visible", "faded");
        assertThat(error.getText()).as("the text keeps the message's height").startsWith("PIN salah.");
        click("key-clear");
        type("000008");
        assertThat(error.getClassNames()).as("the next answer shows again").contains("visible").doesNotContain("faded");
    }

    @Test
    void threeStepsChangeThePinAndRulesAreSaidOnTheWay() {
        UI.getCurrent().navigate("pin");
        assertOnScreen("pin");
        assertTrue(text("pin-step").startsWith("Langkah 1 dari 3"));
        type("000009");
        assertEquals("PIN salah. Periksa lalu coba lagi. PIN salah 3 kali akan mengunci akun Anda.", text("pin-error"));
        assertEquals(1, stored.failedPinCount(member));
        type(TestData.PIN);
        assertTrue(text("pin-step").startsWith("Langkah 2 dari 3"));
        assertEquals(0, stored.failedPinCount(member), "a right PIN starts the count again");
        type("123456");
        assertEquals("PIN tidak boleh angka berurutan seperti 123456 atau 987654. Pilih PIN lain.", text("pin-error"));
        type("150590");
        assertEquals("PIN tidak boleh tanggal lahir Anda. Pilih PIN lain.", text("pin-error"));
        type("482913");
        assertTrue(text("pin-step").startsWith("Langkah 3 dari 3"));
        type("482914");
        assertTrue(text("pin-step").startsWith("Langkah 2 dari 3"), "a mismatch asks for the new PIN again");
        assertEquals("Kedua PIN baru tidak sama. Masukkan PIN baru lagi.", text("pin-error"));
        type("482913");
        type("482913");
        assertTrue(exists("pin-changed"));
        assertThat(text("pin-changed")).contains("PIN Anda sudah diganti").contains("jangan beri tahu siapa pun")
                .contains("tidak akan pernah menanyakan PIN");
        assertThat(jdbc.queryForObject("SELECT pin_hash FROM member WHERE id = ?", String.class, member)).startsWith("{pin-hmac-bcrypt}");
        click("pin-done-home");
        assertOnScreen("home");
    }

    @Test
    void aMemberLockedWhileChangingReadsHowToUnlockAndIsLoggedOut() {
        UI.getCurrent().navigate("pin");
        type("000007");
        type("000008");
        type("000009");
        assertThat(text("pin-locked")).contains("dikunci sampai pukul").contains("loket petugas").contains("e-KTP").contains("175");
        assertFalse(exists("pin-display"), "no keypad for a locked member");
        Long kioskSessionId = MemberSessions.current().orElseThrow().kioskSessionId();
        click("pin-locked-ok");
        assertTrue(MemberSessions.current().isEmpty(), "logged out");
        assertEquals(SessionEndReason.LOGOUT, stored.session(kioskSessionId).endReason());
    }

    @Test
    void theCardShowsEachKpjMaskedWithAQrCodeOfTheFullNumber() throws IOException {
        data.card(member, SECOND_KPJ, Segment.BPU, null, LocalDate.of(2022, 4, 1), null, false);
        UI.getCurrent().navigate("card");
        assertOnScreen("card");
        assertThat(text("digital-card")).contains("BPJS Ketenagakerjaan").contains("Uji Layar Kartu").contains("•••••••3021")
                .contains("01-2020").contains("Penerima Upah").contains("Aktif");
        assertThat(text("digital-card-2")).contains("•••••••3022").contains("04-2022").contains("Bukan Penerima Upah");
        assertEquals(KPJ, qr("card-qr"));
        assertEquals(SECOND_KPJ, qr("card-qr-2"));
        assertThat(text("card-app-hint")).contains("JMO");
        String page = UI.getCurrent().getElement().getOuterHTML();
        assertFalse(page.contains(KPJ), "the full KPJ is only in the QR image");
        assertFalse(page.contains(NIK));
    }

    private String qr(String id) throws IOException {
        String src = byId(Image.class, id).getSrc();
        assertThat(src).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
        return QrDecoding.decode(ImageIO.read(new ByteArrayInputStream(png)));
    }
}
