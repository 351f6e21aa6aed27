package id.kiosmandiri.e2e;

import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.StoredRows;
import id.kiosmandiri.kiosk.ui.Formats;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A member's whole visit in real Chromium: card, PIN, home, balance, payment details, bills, Keluar. */
class MemberJourneyTest extends BrowserTest {

    @Autowired
    BalanceService balances;
    @Autowired
    StoredRows stored;
    @Autowired
    KioskTime kioskTime;

    @Test
    void cardLoginThenBalanceContributionsBillsAndLogout() {
        open("");
        AttractPage attract = new AttractPage(driver);
        screenshotBothOrientations("01-attract");
        LoginPage login = attract.start();
        screenshotBothOrientations("02-login-choice");

        login.swipeCard(DemoLogin.BUDI.cardUid());
        assertThat(login.text("login-identity")).endsWith("2345").doesNotContain(DemoLogin.BUDI.cardUid());
        login.typeOnKeypad("123");
        assertThat(login.pinDotsFilled()).isEqualTo("3");
        assertThat(driver.getPageSource()).doesNotContain(">1<span").doesNotContain("123</");
        screenshotBothOrientations("03-login-pin");
        login.click("key-clear");

        HomePage home = login.loginWithPin(DemoLogin.BUDI.pin());
        assertThat(home.greeting()).contains("Budi");
        assertThat(home.text("member-kpj")).isEqualTo("•••••••0017");
        assertThat(home.isShown("menu-print")).as("the demo kiosk prints").isTrue();
        for (String tile : new String[]{"menu-balance", "menu-contributions", "menu-bills", "menu-update", "menu-help", "menu-card", "menu-pin"}) {
            assertThat(home.isShown(tile)).as("the demo kiosk offers " + tile).isTrue();
        }
        screenshotBothOrientations("04-home");

        long budi = stored.memberIdByNik(DemoLogin.BUDI.nik());
        BalancePage balance = home.openBalance();
        var expected = balances.overview(budi);
        assertThat(balance.jhtBalance()).isEqualTo(Formats.rupiah(expected.jhtBalance()));
        assertThat(expected.jhtBalance()).isPositive();
        assertThat(balance.jpContributions()).isEqualTo(Formats.rupiah(expected.jpAccumulated()));
        screenshotBothOrientations("05-balance");

        ContributionsPage contributions = HomePage.backHome(balance).openContributions();
        // Budi's employer reports every month up to last month: the screen opens on that month's year
        // (last year in January), newest month first
        LocalDate lastMonth = kioskTime.today("DEMO-01").withDayOfMonth(1).minusMonths(1);
        int newestYear = lastMonth.getYear();
        assertThat(contributions.periods()).isNotEmpty().allMatch(p -> p.endsWith("-" + newestYear));
        assertThat(contributions.periods().getFirst()).isEqualTo("%02d-%d".formatted(lastMonth.getMonthValue(), newestYear));
        assertThat(contributions.periods()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        // the newest year's months (one page: Budi has one card): each is paid, unpaid or not due yet.
        // Which of them is not due yet depends on the day of the month, so the sum is checked
        ContributionsPage.YearCounts newest = contributions.yearCounts();
        assertThat(newest.months()).isEqualTo(contributions.periods().size());
        assertThat(newest.late()).isLessThanOrEqualTo(newest.paid());
        screenshotBothOrientations("06-contributions-this-year");
        int yearBefore = newestYear - 1;
        contributions.chooseYear(yearBefore);
        assertThat(contributions.periods()).hasSize(12).first().isEqualTo("12-" + yearBefore);
        ContributionsPage.YearCounts before = contributions.yearCounts();
        assertThat(before.months()).isEqualTo(12);
        assertThat(before.late()).isLessThanOrEqualTo(before.paid());
        contributions.openFirstRow();
        assertThat(driver.findElement(By.cssSelector("#contributions-grid .month-details")).getText())
                .contains("JHT pemberi kerja").contains("Rp ");
        screenshotBothOrientations("06-contributions");

        BillsPage bills = HomePage.backHome(contributions).openBills();
        assertThat(bills.billsText()).contains("Tidak ada tagihan");
        screenshotBothOrientations("07-bills-none");

        AttractPage after = bills.logout();
        assertThat(after.text("start")).isEqualTo("Sentuh untuk mulai");
        assertThat(driver.getPageSource()).doesNotContain("Budi");
    }

    @Test
    void informalWorkerSeesOpenBillsInEnglish() {
        open("");
        LoginPage login = new AttractPage(driver).start();
        login.toggleLanguage();
        assertThat(login.text("login-by-kpj")).isEqualTo("Log in with KPJ number");
        HomePage home = login.chooseKpj().typeOnKeypad(DemoLogin.AGUS.kpj()).confirmNumber().loginWithPin(DemoLogin.AGUS.pin());
        assertThat(home.greeting()).isEqualTo("Welcome, Agus");
        BillsPage bills = home.openBills();
        assertThat(bills.billsText()).contains("Your unpaid contributions").contains("Total to pay");
        screenshotBothOrientations("08-bills-open-en");
        bills.logout();
    }

    @Test
    void memberWithTwoCardsSeesEachCardAndTheMergeAdvice() {
        open("");
        HomePage home = new AttractPage(driver).start().chooseNik().typeOnKeypad(DemoLogin.SITI.nik()).confirmNumber()
                .loginWithPin(DemoLogin.SITI.pin());
        BalancePage balance = home.openBalance();
        assertThat(balance.text("card-balances")).contains("Belum digabung");
        assertThat(balance.isShown("merge-advice")).isTrue();
        screenshotBothOrientations("09-balance-two-cards");
        balance.logout();
    }
}
