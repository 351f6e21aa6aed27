package id.kiosmandiri.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import id.kiosmandiri.LogCapture;
import id.kiosmandiri.TestData;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.demo.DemoStaffLogin;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log never holds a member's personal data: a member's whole visit at the demo kiosk (a wrong PIN,
 * a card login, balance, contributions, the print menu, a new phone and a new email asked for),
 * Salemba's staff approving the phone and looking the member up by NIK, and every line logged
 * meanwhile, at INFO everywhere and DEBUG for the application, is searched for the member's NIK, KPJ,
 * card number, name, phones, emails, address and PINs (and the staff password): a log goes where the
 * database does not (files, log collectors, whoever reads them), so such a value in it is a leak. The
 * member is one of the test's own, with values found nowhere else, so any of them in the log came from
 * this journey; the lines the journey must have logged are checked first, so an empty log cannot pass.
 */
class PersonalDataInLogsTest extends BrowserTest {

    private static final String NIK = "3471051505905001";
    private static final String KPJ = TestData.KPJ_PREFIX + "850001";
    private static final String CARD_UID = TestData.KPJ_PREFIX + "85001";
    private static final String FULL_NAME = "Sulastri Uji Catatan";
    private static final String OLD_PHONE = "081299985001";
    private static final String NEW_PHONE = "085799985002";
    private static final String OLD_EMAIL = "sulastri.lama@uji.id";
    private static final String NEW_EMAIL = "sulastri.baru@uji.id";
    private static final String STREET = "Kramat Sentiong";
    private static final String ADDRESS = "Jl. " + STREET + " No. 47, Senen, Jakarta Pusat";
    /**
     * Not {@link TestData#PIN}: "000000" is also the server's dummy PIN and too plain a number to
     * search a log for. These two are found as whole numbers only, not inside a longer id or hash.
     */
    private static final String PIN = "471958";
    private static final String WRONG_PIN = "862413";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;
    private long member;
    private LogCapture log;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger application = (Logger) LoggerFactory.getLogger("id.kiosmandiri");
    private Level rootLevelBefore;
    private Level applicationLevelBefore;

    @BeforeEach
    void memberAndVerboseLog() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, KPJ, CARD_UID, FULL_NAME);
        // a hash of the older kind, as TestData writes: the first right PIN replaces it, as in production
        jdbc.update("UPDATE member SET phone = ?, email = ?, address = ?, pin_hash = ? WHERE id = ?", OLD_PHONE, OLD_EMAIL,
                ADDRESS, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PIN), member);
        // one paid month, so the contributions screen has a month to show
        long card = jdbc.queryForObject("SELECT id FROM membership_card WHERE kpj = ?", Long.class, KPJ);
        data.contribution(new TestData.Month(card, member, null, LocalDate.of(2024, 6, 1), Segment.PU,
                TestData.amounts(4_800_000, 177_600, 96_000, 0, 0, 11_520, 14_400), LocalDate.of(2024, 7, 15),
                LocalDate.of(2024, 7, 10), LocalDate.of(2024, 7, 11), 0, PaidBy.EMPLOYER));
        rootLevelBefore = root.getLevel();
        applicationLevelBefore = application.getLevel();
        root.setLevel(Level.INFO);
        application.setLevel(Level.DEBUG);
        log = LogCapture.capture();
    }

    @AfterEach
    void quietLogAndNoMember() {
        try {
            if (log != null) {
                try {
                    log.close();
                } finally {
                    root.setLevel(rootLevelBefore);
                    application.setLevel(applicationLevelBefore);
                }
            }
        } finally {
            data.deleteAll();
        }
    }

    private long pendingRequest(String field) {
        return jdbc.queryForObject("SELECT id FROM profile_change_request WHERE member_id = ? AND field = ? AND status = 'PENDING'",
                Long.class, member, field);
    }

    @Test
    void aVisitADataChangeAndAStaffSessionLogNoPersonalData() {
        long phoneRequest = memberVisitAskingForANewPhoneAndEmail();
        staffApproveThePhoneAndLookTheMemberUp(phoneRequest);

        List<String> lines = log.lines();
        String joined = String.join("\n", lines);
        assertThat(joined).as("the journey was logged at all: %s", lines)
                .contains("Wrong PIN for member " + member + " at kiosk DEMO-01")
                .contains("Member " + member + " logged in at kiosk DEMO-01 by CARD")
                .contains("Change request " + phoneRequest + " (PHONE) approved")
                .contains("Staff audit: MEMBER_LOOKUP salemba");

        Map<String, Pattern> personalData = new LinkedHashMap<>();
        personalData.put("NIK " + NIK, number(NIK));
        personalData.put("KPJ " + KPJ, number(KPJ));
        personalData.put("card number " + CARD_UID, number(CARD_UID));
        // without the leading 0, so +62 8… is found too
        personalData.put("old phone " + OLD_PHONE, number(OLD_PHONE.substring(1)));
        personalData.put("new phone " + NEW_PHONE, number(NEW_PHONE.substring(1)));
        for (String text : List.of(OLD_EMAIL, NEW_EMAIL, ADDRESS, STREET, FULL_NAME, DemoStaffLogin.SALEMBA.password())) {
            personalData.put(text, Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE));
        }
        for (String word : FULL_NAME.split(" ")) {
            if (word.length() >= 4) {
                personalData.put("name word " + word, Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE));
            }
        }
        // a PIN as a number of its own, not six digits inside a longer id or hash
        for (String pin : List.of(PIN, WRONG_PIN)) {
            personalData.put("PIN " + pin, Pattern.compile("(?<![0-9A-Za-z])" + pin + "(?![0-9A-Za-z])"));
        }
        Map<String, List<String>> leaks = new LinkedHashMap<>();
        personalData.forEach((what, pattern) -> {
            List<String> found = lines.stream().filter(l -> pattern.matcher(l).find()).toList();
            if (!found.isEmpty()) {
                leaks.put(what, found);
            }
        });
        assertThat(leaks).as("log lines holding the member's personal data, by value").isEmpty();
    }

    /** This number, also with spaces, dots or dashes between its digits (3471 0515 …). */
    private static Pattern number(String digits) {
        return Pattern.compile(String.join("[ .-]?", digits.split("")));
    }

    /** At DEMO-01: a wrong PIN by KPJ, the card and the right PIN, the screens, a new phone and email; Keluar. */
    private long memberVisitAskingForANewPhoneAndEmail() {
        open("?kiosk=DEMO-01");
        LoginPage login = new AttractPage(driver).start().chooseKpj().typeOnKeypad(KPJ).confirmNumber();
        login.enterPin(WRONG_PIN);
        assertThat(login.error()).isEqualTo("Nomor atau PIN salah. Periksa lalu coba lagi.");
        login.click("login-back");
        login.byId("login-card-hint");
        HomePage home = login.swipeCard(CARD_UID).loginWithPin(PIN);
        assertThat(home.greeting()).contains("Sulastri");

        home = HomePage.backHome(home.openBalance());
        home = HomePage.backHome(home.openContributions());
        home = HomePage.backHome(home.openPrint());

        UpdatePage update = home.openUpdate();
        assertThat(update.text("update-current-phone")).isEqualTo(OLD_PHONE);
        update.choose("update-phone").typeOnKeypad(NEW_PHONE);
        update.click("key-ok");
        update.enterPin(PIN);
        assertThat(update.text("update-new")).isEqualTo(NEW_PHONE);
        update.click("update-confirm");
        long phoneRequest = pendingRequest("PHONE");
        assertThat(update.statusOf(phoneRequest)).isEqualTo("pending");

        update.choose("update-email");
        update.byId("osk");
        update.typeOnKeyboard(NEW_EMAIL);
        update.click("osk-ok");
        update.enterPin(PIN);
        assertThat(update.text("update-new")).isEqualTo(NEW_EMAIL);
        update.click("update-confirm");
        assertThat(update.statusOf(pendingRequest("EMAIL"))).isEqualTo("pending");
        update.logout();
        return phoneRequest;
    }

    /** Salemba's branch staff on a staff PC: approve the phone, find the member by NIK, log out. */
    private void staffApproveThePhoneAndLookTheMemberUp(long phoneRequest) {
        ChromeDriver staff = newChrome(LANDSCAPE);
        try {
            staff.get(url("staff/login"));
            StaffLoginPage.StaffShell shell = new StaffLoginPage(staff)
                    .loginAs(DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
            WebDriverWait staffWait = KioskPage.upTo(staff, Duration.ofSeconds(20));

            shell.open("staff-nav-approvals", "change-" + phoneRequest);
            staffWait.until(ExpectedConditions.elementToBeClickable(By.id("select-" + phoneRequest))).click();
            KioskPage.waitForVaadin(staffWait);
            staffWait.until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
            KioskPage.waitForVaadin(staffWait);
            assertThat(shell.byId("approvals-message").getText()).contains("disetujui");

            shell.open("staff-nav-members", "member-lookup");
            staffWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#member-lookup input"))).sendKeys(NIK);
            staffWait.until(ExpectedConditions.elementToBeClickable(By.id("member-find"))).click();
            KioskPage.waitForVaadin(staffWait);
            assertThat(shell.byId("member-full-name").getText()).isEqualTo(FULL_NAME);

            shell.logout();
        } finally {
            staff.quit();
        }
    }
}
