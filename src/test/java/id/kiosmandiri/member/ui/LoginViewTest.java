package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.session.MemberSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class LoginViewTest extends KioskBrowserlessTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private static final String WRONG = "Nomor atau PIN salah. Periksa lalu coba lagi.";
    private static final String PROVINCE = "Dua angka pertama NIK tidak sesuai kode provinsi. Periksa kembali nomor di KTP Anda.";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private TestData data;

    @BeforeEach
    void openLogin() {
        navigate(LoginView.class);
    }

    @AfterEach
    void removeTestMember() {
        if (data != null) {
            data.deleteAll();
        }
    }

    /**
     * A member of this test's own, PIN {@link TestData#PIN}: tests that type wrong PINs or lock a
     * member use it, so the demo members stay as they were for every other test.
     */
    private TestMember testMember() {
        data = new TestData(jdbc, clock);
        String nik = "3471061505900001";
        String kpj = TestData.KPJ_PREFIX + "760001";
        return new TestMember(data.loginMember(nik, kpj, "1999976001", "Uji Layar Masuk"), nik, kpj);
    }

    private record TestMember(long id, String nik, String kpj) {
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            click("key-" + c);
        }
    }

    private String display() {
        return text("id-display");
    }

    /** The message as the member sees it: nothing once typing has put it away (faded, its room kept). */
    private String error() {
        Paragraph error = byId(Paragraph.class, "login-error");
        return error.hasClassName("faded") ? "" : error.getText();
    }

    private boolean okEnabled() {
        return button("key-ok").isEnabled();
    }

    private int pinDots() {
        return Integer.parseInt(byId(Div.class, "pin-display").getElement().getAttribute("data-count"));
    }

    /** NIK chosen, typed and accepted: the PIN step is shown. */
    private void enterNik(String nik) {
        click("login-by-nik");
        type(nik);
        assertTrue(okEnabled(), "OK after a valid NIK " + nik + ", error: " + error());
        click("key-ok");
        assertTrue(exists("pin-display"), "PIN step after the NIK");
    }

    @Test
    void choiceStepOffersCardNikAndKpj() {
        assertTrue(exists("login-card-hint"));
        assertEquals("Masuk dengan NIK", button("login-by-nik").getText());
        assertEquals("Masuk dengan nomor KPJ", button("login-by-kpj").getText());
        assertFalse(exists("pin-display"));
    }

    @Test
    void nikDigitsShowGroupedInFours() {
        click("login-by-nik");
        assertEquals("16 angka", display(), "placeholder before typing");
        type("3171011");
        assertEquals("3171 011", display());
        type("505850003");
        assertEquals("3171 0115 0585 0003", display());
        assertEquals("3171011505850003", byId(Div.class, "id-display").getElement().getAttribute("data-value"));
    }

    @Test
    void unknownProvinceIsToldAsSoonAsTwoDigitsAreTyped() {
        click("login-by-nik");
        type("2");
        assertEquals("", error(), "one digit says nothing yet");
        type("0");
        assertEquals(PROVINCE, error());
        assertFalse(okEnabled());
        click("key-back");
        assertEquals("", error(), "the message goes with the wrong digit");
        type("1");
        assertEquals("", error(), "21 (Kepulauan Riau) is a province");
    }

    @Test
    void okStaysDisabledUntilSixteenValidDigits() {
        click("login-by-nik");
        assertFalse(okEnabled());
        type("317101150585000");
        assertEquals(15, display().replace(" ", "").length());
        assertFalse(okEnabled(), "15 digits");
        type("3");
        assertTrue(okEnabled(), "16 valid digits");
        type("9");
        assertEquals("3171 0115 0585 0003", display(), "a 17th digit is not taken");
    }

    @Test
    void sixteenDigitsWithAnImpossibleBirthDateOrSerialKeepOkDisabled() {
        click("login-by-nik");
        type("3171013215850003"); // day 32
        assertFalse(okEnabled());
        assertEquals("Angka tanggal lahir di dalam NIK tidak sesuai. Periksa kembali nomor di KTP Anda.", error());

        click("key-clear");
        type("3171011505850000");
        assertFalse(okEnabled());
        assertEquals("Empat angka terakhir NIK tidak boleh 0000. Periksa kembali nomor di KTP Anda.", error());
    }

    @Test
    void backspaceAndClearCorrectTheNumber() {
        click("login-by-nik");
        type("31710");
        click("key-back");
        assertEquals("3171", display());
        click("key-back");
        assertEquals("317", display());
        click("key-clear");
        assertEquals("16 angka", display());
        assertEquals("", byId(Div.class, "id-display").getElement().getAttribute("data-value"));
        assertFalse(okEnabled());
        click("key-back"); // nothing left to delete
        assertEquals("16 angka", display());
    }

    @Test
    void validNikOfAWomanPassesAndSheCanLogIn() {
        // Siti's NIK has birth day 52 = 12 + 40
        enterNik(DemoLogin.SITI.nik());
        assertEquals("NIK ••••••••••••0002", text("login-identity"));
        type(DemoLogin.SITI.pin());
        click("key-ok");
        assertOnScreen("home");
        assertEquals("Selamat datang, Siti", text("member-name"));
    }

    @Test
    void kpjNeedsElevenDigits() {
        click("login-by-kpj");
        assertEquals("11 angka", display());
        type("1101000001");
        assertFalse(okEnabled(), "10 digits");
        type("7");
        assertTrue(okEnabled(), "11 digits");
        assertEquals("1101 0000 017", display());
        type("5");
        assertEquals("11010000017", byId(Div.class, "id-display").getElement().getAttribute("data-value"),
                "a 12th digit is not taken");
        click("key-ok");
        assertEquals("KPJ •••••••0017", text("login-identity"));
        type(DemoLogin.BUDI.pin());
        click("key-ok");
        assertOnScreen("home");
        assertEquals("Selamat datang, Budi", text("member-name"));
    }

    @Test
    void pinShowsDotsNeverDigits() {
        enterNik(DemoLogin.BUDI.nik());
        assertEquals(0, pinDots());
        assertFalse(okEnabled());
        type("987");
        assertEquals(3, pinDots());
        String html = byId(Div.class, "pin-display").getElement().getOuterHTML();
        for (char digit : "987".toCharArray()) {
            assertFalse(html.contains(String.valueOf(digit)), "PIN digit " + digit + " shown in " + html);
        }
        assertFalse(exists("id-display"), "no number field on the PIN step");
        click("key-back");
        assertEquals(2, pinDots());
        type("9876");
        assertEquals(6, pinDots());
        assertTrue(okEnabled());
        type("5");
        assertEquals(6, pinDots(), "a PIN has 6 digits");
        click("key-clear");
        assertEquals(0, pinDots());
        assertFalse(okEnabled());
    }

    @Test
    void wrongPinSaysNumberOrPinIsWrong() {
        TestMember member = testMember();
        enterNik(member.nik());
        type("999999");
        click("key-ok");
        assertEquals(WRONG, error());
        assertEquals(0, pinDots(), "the wrong PIN is cleared");
        assertTrue(MemberSessions.current().isEmpty());
        assertEquals(1, stored.failedPinCount(member.id()));
        // a right PIN afterwards logs in and forgets the wrong one
        type(TestData.PIN);
        click("key-ok");
        assertOnScreen("home");
        assertEquals(0, stored.failedPinCount(member.id()));
    }

    @Test
    void unknownNikGetsExactlyTheSameAnswerAsAWrongPin() {
        String unknownNik = "3171010101900999";
        assertTrue(!stored.memberWithNikExists(unknownNik), "test NIK must not belong to a member");
        enterNik(unknownNik);
        type(TestData.PIN);
        click("key-ok");
        String unknownAnswer = error();
        int unknownDots = pinDots();

        navigate(LoginView.class);
        TestMember member = testMember();
        enterNik(member.nik());
        type("999999");
        click("key-ok");

        assertEquals(WRONG, unknownAnswer);
        assertEquals(error(), unknownAnswer, "no hint whether the NIK exists");
        assertEquals(pinDots(), unknownDots);
    }

    @Test
    void threeWrongPinsLockTheMemberAndTheRightPinThenStillGetsTheLockMessage() {
        TestMember member = testMember();
        enterNik(member.nik());
        type("999999");
        click("key-ok");
        assertEquals(WRONG, error());
        type("999998");
        click("key-ok");
        assertEquals(WRONG, error());
        Instant before = clock.instant();
        type("999997");
        click("key-ok");

        Instant lockedUntil = stored.lockedUntil(member.id());
        assertNotNull(lockedUntil, "the lock is kept in the database");
        assertTrue(Duration.between(before, lockedUntil).compareTo(Duration.ofMinutes(29)) > 0
                && Duration.between(before, lockedUntil).compareTo(Duration.ofMinutes(31)) < 0, "locked 30 minutes: " + lockedUntil);
        String until = DateTimeFormatter.ofPattern("HH:mm").withZone(WIB).format(lockedUntil);
        String lockMessage = "Demi keamanan, akun Anda dikunci sampai pukul " + until
                + " karena PIN salah 3 kali. Untuk membuka kunci sekarang, datang ke loket petugas dengan membawa e-KTP,"
                + " atau hubungi call center 175. Setelah pukul " + until + " Anda dapat mencoba lagi.";
        assertEquals(lockMessage, error());
        assertTrue(error().contains("loket petugas") && error().contains("e-KTP") && error().contains("175"), "how to unlock");

        type(TestData.PIN);
        click("key-ok");
        assertEquals(lockMessage, error(), "the right PIN does not open a locked account");
        assertTrue(MemberSessions.current().isEmpty());
        assertTrue(exists("pin-display"), "still on the PIN step");
        assertEquals(lockedUntil, stored.lockedUntil(member.id()));
    }

    @Test
    void theLockHoldsForANewVisitOnAnotherKioskScreen() {
        TestMember member = testMember();
        enterNik(member.nik());
        for (String wrong : new String[]{"999999", "999998", "999997"}) {
            type(wrong);
            click("key-ok");
        }
        navigate(LoginView.class);
        click("login-by-kpj");
        type(member.kpj());
        click("key-ok");
        type(TestData.PIN);
        click("key-ok");
        assertTrue(error().startsWith("Demi keamanan, akun Anda dikunci"), error());
        assertTrue(MemberSessions.current().isEmpty());
    }

    /** A member at a kiosk in Jayapura reads the lock's end off the wall clock there: WIT, two hours after WIB. */
    @Test
    void theLockTimeIsShownInTheKiosksOwnZone() {
        // as the kiosk's browser opens it: ?kiosk=TEST-WIT
        UI.getCurrent().navigate("login", QueryParameters.of(KioskContext.PARAMETER, "TEST-WIT"));
        TestMember member = testMember();
        enterNik(member.nik());
        for (String wrong : new String[]{"999999", "999998", "999997"}) {
            type(wrong);
            click("key-ok");
        }
        Instant lockedUntil = stored.lockedUntil(member.id());
        assertNotNull(lockedUntil);
        String inJayapura = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Jayapura")).format(lockedUntil);
        assertTrue(error().startsWith("Demi keamanan, akun Anda dikunci sampai pukul " + inJayapura + " karena"), error());
    }

    @Test
    void cardReadGoesStraightToThePin() {
        LoginView view = (LoginView) getCurrentView();
        readCard(view, DemoLogin.BUDI.cardUid());
        assertTrue(exists("pin-display"));
        assertEquals("Kartu ••••••2345", text("login-identity"));
        type(DemoLogin.BUDI.pin());
        click("key-ok");
        assertOnScreen("home");
        assertEquals("Selamat datang, Budi", text("member-name"));
    }

    @Test
    void cardReadOnTheAttractScreenOpensThePinStep() {
        AttractView attract = navigate(AttractView.class);
        readCard(attract, DemoLogin.HENDRA.cardUid());
        assertOnScreen("login");
        assertTrue(exists("pin-display"));
        assertEquals("Kartu ••••••2350", text("login-identity"));
        type(DemoLogin.HENDRA.pin());
        click("key-ok");
        assertOnScreen("home");
        assertEquals("Selamat datang, Hendra", text("member-name"));
    }

    @Test
    void aMemberAlreadyLoggedInIsTakenToTheMenu() {
        loginAs(DemoLogin.BUDI);
        navigate("login", HomeView.class);
        assertEquals("Selamat datang, Budi", text("member-name"));
    }

    @Test
    void backFromTheNumberReturnsToTheChoice() {
        click("login-by-kpj");
        type("123");
        click("login-back");
        assertTrue(exists("login-by-nik"));
        assertFalse(exists("id-display"));
    }

    @Test
    void englishAfterTheLanguageToggle() {
        assertEquals("English", button("lang-toggle").getText());
        click("lang-toggle");
        assertEquals("Bahasa Indonesia", button("lang-toggle").getText());
        assertEquals("Log in with NIK", button("login-by-nik").getText());
        assertEquals("Log in with KPJ number", button("login-by-kpj").getText());
        assertEquals("Tap or swipe your membership card on the card reader", text("login-card-hint"));

        click("login-by-nik");
        assertEquals("16 digits", display());
        type("20");
        assertEquals("The first two digits of the NIK are not a province code. Check the number on your ID card (KTP).", error());

        click("key-clear");
        TestMember member = testMember();
        type(member.nik());
        click("key-ok");
        assertEquals("Type your PIN (6 digits)", find(com.vaadin.flow.component.html.H1.class).first().getText());
        type("999999");
        click("key-ok");
        assertEquals("Number or PIN is wrong. Check and try again.", error());

        click("lang-toggle");
        assertEquals("English", button("lang-toggle").getText());
        assertEquals("Masuk dengan NIK", button("login-by-nik").getText());
    }
}
