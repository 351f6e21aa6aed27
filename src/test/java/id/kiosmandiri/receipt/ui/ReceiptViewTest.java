package id.kiosmandiri.receipt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.receipt.FakeEscPosPrinter;
import id.kiosmandiri.receipt.IssuedReceipt;
import id.kiosmandiri.receipt.ReceiptService;
import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The receipt screen without a browser: preview, the states after Cetak, and where it leads. The
 * printer is the fake ESC/POS printer on kiosk TEST-PRINT's port; browser printing needs a browser
 * ({@code e2e.PrintingTest}).
 */
@IntegrationTest
class ReceiptViewTest extends KioskBrowserlessTest {

    private static final int PRINTER_PORT = 59100;

    @Autowired
    BalanceService balances;
    @Autowired
    KioskTime kioskTime;
    @Autowired
    ReceiptService receipts;
    @Autowired
    JdbcTemplate jdbc;

    private FakeEscPosPrinter printer;
    private Long budi;

    @BeforeEach
    void printer() throws Exception {
        printer = FakeEscPosPrinter.startWhenFree(PRINTER_PORT, FakeEscPosPrinter.State.OK, Duration.ofSeconds(30));
    }

    @AfterEach
    void away() throws Exception {
        if (printer != null) {
            printer.close();
        }
        if (budi != null) {
            jdbc.update("DELETE FROM receipt WHERE member_id = ?", budi);
        }
    }

    private MemberSession loginAt(String kiosk) {
        UI.getCurrent().navigate("", QueryParameters.of("kiosk", kiosk)); // the kiosk's browser opens ?kiosk=ID
        budi = memberId(DemoLogin.BUDI);
        return memberSessions.begin(budi, kiosk, LoginMethod.KPJ);
    }

    /** The receipt as the screen shows it (HTML: the fragment is set as the preview's inner HTML). */
    private String preview() {
        return find(Html.class).from(byId(Div.class, "receipt-preview")).single().getInnerHtml();
    }

    private String status() {
        return byId(Component.class, "print-status").getElement().getAttribute("data-status");
    }

    /** Runs the server's round trips (what push delivers to a browser) until the print's outcome is on the screen. */
    private void awaitOutcome() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while ("printing".equals(status()) && System.nanoTime() < until) {
            Thread.sleep(50);
            roundTrip();
        }
    }

    @Test
    void thePreviewIsTheBalanceSlipWithTheBalanceOnTheBalanceScreen() {
        loginAt("TEST-PRINT");
        navigate("receipt/balance", ReceiptView.class);
        long balance = balances.overview(budi, kioskTime.today("TEST-PRINT")).jhtBalance();
        assertTrue(preview().contains(Formats.rupiah(balance)), preview());
        assertEquals("Struk saldo JHT", byId(Component.class, "receipt-preview").getParent().orElseThrow()
                .getChildren().findFirst().orElseThrow().getElement().getText());
        assertTrue(exists("print-confirm"));
        assertTrue(exists("print-cancel"));
        assertFalse(exists("print-status"), "nothing happened yet");
        assertFalse(exists("print-retry"));
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM receipt WHERE member_id = ?", Integer.class, budi),
                "a preview stores nothing");
    }

    @Test
    void aPaidMonthsProofAndAYearsStatementPreviewUnderTheirTitles() {
        loginAt("TEST-PRINT");
        navigate("receipt/proof/2020-04", ReceiptView.class);
        assertEquals("Bukti bayar iuran April 2020", find(com.vaadin.flow.component.html.H1.class).single().getText());
        assertTrue(preview().contains("BUKTI PEMBAYARAN IURAN"), preview());
        assertTrue(exists("print-confirm"));

        navigate("receipt/statement/2020", ReceiptView.class);
        assertEquals("Informasi dana JHT-JP tahun 2020", find(com.vaadin.flow.component.html.H1.class).single().getText());
        assertTrue(preview().contains("2020"), preview());
    }

    @Test
    void cetakStoresThePrintsAndSaysSo() throws Exception {
        loginAt("TEST-PRINT");
        navigate("receipt/balance", ReceiptView.class);
        click("print-confirm");
        assertEquals("printing", status());
        assertEquals("Mencetak… Mohon tunggu.", text("print-status"));
        assertFalse(exists("print-confirm"), "a second tap cannot print twice");
        assertFalse(button("print-cancel").isEnabled());
        awaitOutcome();

        assertEquals("printed", status());
        assertEquals("Struk sudah dicetak. Silakan ambil di bawah layar.", text("print-status"));
        assertEquals("Selesai", text("print-cancel"));
        String paper = printer.nextConnection().receipt().text();
        String number = jdbc.queryForObject("SELECT number FROM receipt WHERE member_id = ?", String.class, budi);
        assertTrue(paper.contains(number), paper);
        assertTrue(preview().contains(number), "the preview is now the stored receipt");
        assertEquals("PRINTED", jdbc.queryForObject("SELECT status FROM receipt WHERE number = ?", String.class, number));
    }

    @Test
    void aFailedPrintOffersRetryTheScreenAndBack() throws Exception {
        printer.state(FakeEscPosPrinter.State.COVER_OPEN);
        MemberSession member = loginAt("TEST-PRINT");
        navigate("receipt/balance", ReceiptView.class);
        click("print-confirm");
        awaitOutcome();
        assertEquals("failed", status());
        assertTrue(text("print-status").startsWith("Struk belum tercetak: tutup printer terbuka."), text("print-status"));
        assertTrue(exists("print-retry") && exists("print-show-on-screen") && exists("print-cancel"));
        assertEquals(1, receipts.failedInSession(member.kioskSessionId(), budi, Locale.ROOT).size());

        click("print-show-on-screen");
        assertEquals("large", byId(Component.class, "receipt-preview").getElement().getAttribute("data-size"));
        assertFalse(exists("print-show-on-screen"));

        printer.state(FakeEscPosPrinter.State.OK);
        printer.nextConnection();
        click("print-retry");
        awaitOutcome();
        assertEquals("printed", status());
        assertTrue(receipts.failedInSession(member.kioskSessionId(), budi, Locale.ROOT).isEmpty());
    }

    @Test
    void backGoesToTheScreenTheReceiptWasAskedOn() {
        loginAt("TEST-PRINT");
        navigate("balance", Component.class);
        click("print-balance");
        assertOnScreen("receipt/balance");
        click("lang-toggle"); // the screen is built again in English: Back still knows where it came from
        assertEquals("Back", text("print-cancel"));
        click("print-cancel");
        assertOnScreen("balance");
    }

    @Test
    void aKioskWithoutAPrinterShowsTheReceiptOnTheScreenAndStoresNothing() {
        loginAt("TEST-SCREEN");
        navigate("receipt/statement/2020", ReceiptView.class);
        assertEquals("none", status());
        assertTrue(text("print-status").startsWith("Kios ini tidak memiliki printer"), text("print-status"));
        assertEquals("large", byId(Component.class, "receipt-preview").getElement().getAttribute("data-size"));
        assertTrue(preview().contains("2020"));
        assertFalse(exists("print-confirm"));
        assertTrue(exists("print-cancel"));
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM receipt WHERE member_id = ?", Integer.class, budi));
    }

    @Test
    void noReceiptForAMonthNotPaidAYearWithoutContributionsOrAnAddressThatMeansNothing() {
        loginAt("TEST-PRINT");
        for (String route : new String[]{"receipt/proof/2000-01", "receipt/proof/2020-13", "receipt/statement/1990",
                "receipt/statement/x", "receipt/balance/2020", "receipt/anything", "receipt/again/999999999", "receipt/again/abc"}) {
            navigate(route, ReceiptView.class);
            assertEquals("unavailable", status(), route);
            assertTrue(text("print-status").startsWith("Struk ini tidak bisa dicetak"), route);
            assertFalse(exists("print-confirm"), route);
            assertFalse(exists("receipt-preview"), route);
            assertTrue(exists("print-cancel"), route);
        }
    }

    @Test
    void anotherMembersReceiptCannotBeOpened() {
        MemberSession member = loginAt("TEST-PRINT");
        Long siti = memberId(DemoLogin.SITI);
        IssuedReceipt hers = receipts.issue(new id.kiosmandiri.receipt.ReceiptContent(id.kiosmandiri.receipt.ReceiptKind.BALANCE_SLIP,
                null, 1, "S***", new id.kiosmandiri.receipt.ReceiptDocument("SALDO JHT", java.util.List.of(), null, null)),
                siti, "TEST-PRINT", member.kioskSessionId(), Locale.ROOT);
        try {
            navigate("receipt/again/" + hers.id(), ReceiptView.class);
            assertEquals("unavailable", status());
            assertFalse(exists("print-confirm"));
        } finally {
            jdbc.update("DELETE FROM receipt WHERE id = ?", hers.id());
        }
    }

    @Test
    void aKioskThatLogsOutAfterPrintingDoesSoWhenItsTimerRings() throws Exception {
        loginAt("TEST-PDF");
        ReceiptView view = navigate("receipt/balance", ReceiptView.class);
        click("print-confirm");
        awaitOutcome();
        assertEquals("printed", status());
        assertTrue(text("print-status").contains("Struk disimpan."), text("print-status"));
        assertFalse(exists("print-cancel"), "leaving by itself");
        assertTrue(MemberSessions.current().isPresent(), "the member reads the status first");
        view.logoutAfterPrint(); // what the browser's 3 s timer calls
        assertTrue(MemberSessions.current().isEmpty());
    }

    @Test
    void aKioskThatDoesNotPrintHasNoReceiptScreen() {
        loginAt("TEST-BALANCE");
        navigate("receipt/balance", Component.class);
        assertOnScreen("home");
    }
}
