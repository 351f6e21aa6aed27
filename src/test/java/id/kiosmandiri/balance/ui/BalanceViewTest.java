package id.kiosmandiri.balance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.balance.BalanceOverview;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.session.LoginMethod;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class BalanceViewTest extends KioskBrowserlessTest {

    @Autowired
    private BalanceService balanceService;
    @Autowired
    private Clock clock;

    /** "Rp 1.234.567" as a number, checking the format on the way. */
    private static long rupiah(String shown) {
        assertTrue(shown.matches("Rp \\d{1,3}(\\.\\d{3})*"), "not a rupiah amount: " + shown);
        return Long.parseLong(shown.substring(3).replace(".", ""));
    }

    private long shown(String id) {
        return rupiah(text(id));
    }

    private void open(DemoLogin login) {
        loginAs(login);
        navigate(BalanceView.class);
    }

    @Test
    void theBalanceShownIsTheServicesBalance() {
        Long budi = loginAs(DemoLogin.BUDI);
        navigate(BalanceView.class);
        long balance = balanceService.overview(budi).jhtBalance();
        assertTrue(balance > 0, "Budi has paid in since 2012");
        assertEquals(Formats.rupiah(balance), text("jht-balance"));
        assertEquals(text("jht-balance"), text("jht-total"), "the statement ends on the same balance");
    }

    @Test
    void theYearsStatementAddsUpToTheBalance() {
        for (DemoLogin login : List.of(DemoLogin.BUDI, DemoLogin.SITI, DemoLogin.HENDRA, DemoLogin.DEWI)) {
            open(login);
            long sum = shown("jht-opening") + shown("jht-employer") + shown("jht-worker") + shown("jht-return");
            assertEquals(shown("jht-total"), sum, login + ": opening + employer + worker + return");
            assertEquals(shown("jht-balance"), sum, login.name());
        }
    }

    @Test
    void theStatementIsForThisYear() {
        open(DemoLogin.BUDI);
        int year = LocalDate.now(clock).getYear();
        String statement = text("jht-statement");
        assertTrue(statement.contains("Rincian tahun " + year), statement);
        assertTrue(statement.contains("Saldo awal per 01-01-" + year), statement);
        String returnLabel = byId(Component.class, "jht-return").getParent().orElseThrow().getElement().getTextRecursively();
        assertTrue(returnLabel.matches("Hasil pengembangan \\((perkiraan )?\\d+,\\d{2}% per tahun\\) s\\.d\\. "
                + Formats.date(accruedUpTo(LocalDate.now(clock)), java.util.Locale.forLanguageTag("id")) + "Rp [\\d.]+"),
                returnLabel);
        // employer 3.7% and worker 2% of the same wages: the employer's part is the larger (early in
        // January nothing of the new year may be posted yet: then both are nil)
        long employer = shown("jht-employer");
        long worker = shown("jht-worker");
        assertTrue(employer > worker || employer == 0 && worker == 0, "employer " + employer + ", worker " + worker);
        assertTrue(shown("jht-opening") > 0);
    }

    /** The return has accrued up to the end of the last full month. */
    private static LocalDate accruedUpTo(LocalDate today) {
        return today.getDayOfMonth() == today.lengthOfMonth() ? today : today.withDayOfMonth(1).minusDays(1);
    }

    @Test
    void aMemberWithOneCardSeesNoCardList() {
        open(DemoLogin.BUDI);
        assertFalse(exists("card-balances"));
        assertFalse(exists("merge-advice"));
    }

    @Test
    void anUnmergedSecondCardIsListedWithAdviceToMergeIt() {
        Long siti = loginAs(DemoLogin.SITI);
        navigate(BalanceView.class);
        BalanceOverview overview = balanceService.overview(siti);

        List<Component> rows = find(Component.class).withClassName("statement-row")
                .from(byId(Component.class, "card-balances")).all();
        assertEquals(2, rows.size(), "one row per card");
        String first = rows.get(0).getElement().getTextRecursively();
        String second = rows.get(1).getElement().getTextRecursively();
        assertTrue(first.contains("KPJ •••••••0025") && !first.contains("Belum digabung"), first);
        assertTrue(second.contains("KPJ •••••••0074") && second.contains("Belum digabung"), second);
        assertEquals("Ada kartu yang saldonya belum digabung. Penggabungan saldo bisa diajukan di loket petugas: "
                + "bawa KTP dan semua kartu peserta Anda.", text("merge-advice"));

        long cardSum = overview.cards().stream().mapToLong(BalanceOverview.CardBalance::balance).sum();
        assertEquals(shown("jht-balance"), cardSum, "the balance is both cards together");
        assertTrue(overview.cards().stream().allMatch(c -> c.balance() > 0));
        String page = UI.getCurrent().getElement().getOuterHTML();
        assertFalse(page.contains(DemoLogin.SITI.kpj()) || page.contains(DemoLogin.SITI_SECOND_KPJ), "full KPJ on screen");
    }

    @Test
    void aMemberWithoutContributionsHasNothingYet() {
        open(DemoLogin.RUDI);
        assertEquals("Rp 0", text("jht-balance"));
        assertEquals("Rp 0", text("jht-total"));
        assertEquals("Belum ada iuran yang masuk.", text("last-posting"));
        assertEquals("Rp 0", text("jp-contributions"));
        assertEquals("0 bulan", text("jp-months"));
        assertFalse(exists("balance-inactive"));
    }

    @Test
    void anInactiveMemberIsToldTheBalanceIsKept() {
        open(DemoLogin.DEWI);
        assertEquals("Kepesertaan Anda tidak aktif, jadi tidak ada iuran baru. Saldo Anda tetap tersimpan dan tetap "
                + "mendapat hasil pengembangan.", text("balance-inactive"));
        assertTrue(shown("jht-balance") > 0, "Dewi paid in from 2009 to 2024");
        assertEquals(0, shown("jht-employer"), "no contributions this year");
        assertEquals(0, shown("jht-worker"));
        LocalDate today = LocalDate.now(clock);
        if (accruedUpTo(today).getYear() == today.getYear()) {
            assertTrue(shown("jht-return") > 0, "the balance still earns");
        } else {
            assertEquals(0, shown("jht-return"), "in January, before its last day, no month of the year has accrued yet");
        }
        assertEquals(shown("jht-balance"), shown("jht-opening") + shown("jht-return"), "the balance is kept");
    }

    @Test
    void anActiveMemberGetsNoInactiveNotice() {
        open(DemoLogin.HENDRA);
        assertFalse(exists("balance-inactive"));
        assertTrue(text("last-posting").startsWith("Iuran terakhir masuk (dibukukan) pada "), text("last-posting"));
        assertTrue(shown("jp-contributions") > 0, "Hendra pays into JP");
    }

    @Test
    void aBalanceBuiltOnAssumedRatesSaysSoInBothLanguages() {
        Long budi = loginAs(DemoLogin.BUDI);
        navigate(BalanceView.class);
        List<Integer> years = balanceService.overview(budi).estimatedYears();
        assertTrue(!years.isEmpty(), "Budi's balance holds assumed years");
        String note = text("estimate-note");
        assertEquals("Termasuk perkiraan hasil pengembangan " + Formats.yearRanges(years)
                + ", yang belum atau tidak diumumkan. Angka resminya ada di laporan tahunan BPJS Ketenagakerjaan.", note);
        assertTrue(note.contains(String.valueOf(years.getLast())), note);
        assertTrue(text("jht-statement").contains("(termasuk perkiraan)"), "the opening balance is marked");

        click("lang-toggle");
        navigate(BalanceView.class);
        assertTrue(text("estimate-note").startsWith("Includes estimated development returns for " + Formats.yearRanges(years)));
    }

    @Test
    void aKioskThatPrintsOffersTheBalanceSlip() {
        open(DemoLogin.BUDI);
        assertEquals("Cetak struk saldo", text("print-balance"));
        click("print-balance");
        assertEquals("receipt/balance", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
    }

    @Test
    void aKioskThatDoesNotPrintOffersNoSlip() {
        UI.getCurrent().navigate("", QueryParameters.of("kiosk", "TEST-BALANCE"));
        memberSessions.begin(memberId(DemoLogin.BUDI), "TEST-BALANCE", LoginMethod.KPJ);
        navigate(BalanceView.class);
        assertTrue(exists("jht-balance"));
        assertFalse(exists("print-balance"));
    }

    @Test
    void aMemberWithoutABalanceSeesNoEstimateNote() {
        open(DemoLogin.RUDI);
        assertEquals("Rp 0", text("jht-balance"));
        assertTrue(!exists("estimate-note"), "no balance, no estimate");
    }
}
