package id.kiosmandiri.e2e;

import id.kiosmandiri.TestData;
import id.kiosmandiri.demo.DemoStaffLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Perbarui data" end to end in two browsers: a member asks for a new phone (a wrong one first,
 * refused) and a new email on the letter keyboard at the demo kiosk (JKTSALEMBA); Salemba's branch
 * staff approve the phone on a staff PC; the member then sees the new phone and "approved".
 */
class ContactUpdateTest extends BrowserTest {

    private static final String NIK = "3471051505902002";
    private static final String KPJ = TestData.KPJ_PREFIX + "810002";
    private static final String OLD_PHONE = "081211112002";
    private static final String NEW_PHONE = "085722223333";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;
    private long member;

    @BeforeEach
    void member() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, KPJ, TestData.KPJ_PREFIX + "81002", "Wati Uji Perjalanan");
        jdbc.update("UPDATE member SET phone = ?, email = NULL, address = ? WHERE id = ?", OLD_PHONE,
                "Jl. Paseban Raya No. 12, Senen, Jakarta Pusat", member);
    }

    @AfterEach
    void cleanUp() {
        data.deleteAll();
    }

    private long requests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM profile_change_request WHERE member_id = ?", Long.class, member);
    }

    private long pendingRequest(String field) {
        return jdbc.queryForObject("SELECT id FROM profile_change_request WHERE member_id = ? AND field = ? AND status = 'PENDING'",
                Long.class, member, field);
    }


    @Test
    void aMemberAsksBranchStaffApproveAndTheMemberSeesTheNewPhone() {
        open("?kiosk=DEMO-01");
        HomePage home = new AttractPage(driver).start().chooseKpj().typeOnKeypad(KPJ).confirmNumber().loginWithPin(TestData.PIN);
        UpdatePage update = home.openUpdate();
        assertThat(update.text("update-current-phone")).isEqualTo(OLD_PHONE);
        assertThat(update.text("update-current-address")).isEqualTo("Jl. Paseban Raya…").doesNotContain("Senen");

        // a wrong number: refused in plain words, nothing stored
        update.choose("update-phone").typeOnKeypad("0712");
        update.click("key-ok");
        assertThat(update.error()).contains("diawali 08");
        assertThat(requests()).isZero();
        update.click("key-clear");
        update.typeOnKeypad(NEW_PHONE);
        update.click("key-ok");
        update.enterPin(TestData.PIN);
        assertThat(update.text("update-old")).isEqualTo(OLD_PHONE);
        assertThat(update.text("update-new")).isEqualTo(NEW_PHONE);
        screenshotBothOrientations("update-review");
        update.click("update-confirm");
        long phoneRequest = pendingRequest("PHONE");
        assertThat(update.byId("update-sent").getText()).contains("menunggu persetujuan");
        assertThat(update.statusOf(phoneRequest)).isEqualTo("pending");
        screenshot("update-pending-portrait");

        // the email, on the letter keyboard
        update.choose("update-email");
        update.byId("osk");
        screenshotBothOrientations("update-keyboard");
        update.typeOnKeyboard("wati@uji.id");
        assertThat(update.byId("osk-display").getAttribute("data-value")).isEqualTo("wati@uji.id");
        update.click("osk-ok");
        update.enterPin(TestData.PIN);
        assertThat(update.text("update-new")).isEqualTo("wati@uji.id");
        update.click("update-confirm");
        long emailRequest = pendingRequest("EMAIL");
        assertThat(update.statusOf(emailRequest)).isEqualTo("pending");

        // branch staff on a staff PC
        ChromeDriver staff = newChrome(LANDSCAPE);
        try {
            staff.get(url("staff/login"));
            new StaffLoginPage(staff).loginAs(DemoStaffLogin.SALEMBA.username(), DemoStaffLogin.SALEMBA.password());
            staff.get(url("staff/approvals"));
            WebDriverWait staffWait = KioskPage.upTo(staff, Duration.ofSeconds(20));
            KioskPage.waitForVaadin(staffWait);
            String row = staffWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change-" + phoneRequest))).getText();
            assertThat(row).contains("Wati Uji Perjalanan").contains(OLD_PHONE).contains(NEW_PHONE).doesNotContain(KPJ);
            staffWait.until(ExpectedConditions.elementToBeClickable(By.id("select-" + phoneRequest))).click();
            KioskPage.waitForVaadin(staffWait);
            staffWait.until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
            KioskPage.waitForVaadin(staffWait);
            assertThat(staffWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approvals-message"))).getText())
                    .contains("disetujui");
            assertThat(staff.findElements(By.id("change-" + phoneRequest))).isEmpty();
            assertThat(staff.findElements(By.id("change-" + emailRequest))).hasSize(1);
            screenshot(staff, "staff-approvals-landscape");
        } finally {
            staff.quit();
        }

        // back at the kiosk: the new phone, and the answer
        update.click("nav-home");
        update = new HomePage(driver).openUpdate();
        assertThat(update.text("update-current-phone")).isEqualTo(NEW_PHONE);
        assertThat(update.statusOf(phoneRequest)).isEqualTo("approved");
        assertThat(update.statusOf(emailRequest)).isEqualTo("pending");
        assertThat(update.text("update-change-" + phoneRequest)).contains("Disetujui");
    }
}
