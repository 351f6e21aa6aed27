package id.kiosmandiri.receipt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.YearSummary;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.receipt.FakeEscPosPrinter;
import id.kiosmandiri.receipt.IssuedReceipt;
import id.kiosmandiri.receipt.ReceiptContent;
import id.kiosmandiri.receipt.ReceiptDocument;
import id.kiosmandiri.receipt.ReceiptKind;
import id.kiosmandiri.receipt.ReceiptService;
import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.session.MemberSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class PrintMenuViewTest extends KioskBrowserlessTest {

    @Autowired
    ContributionHistoryService history;
    @Autowired
    KioskTime kioskTime;
    @Autowired
    ReceiptService receipts;
    @Autowired
    JdbcTemplate jdbc;

    private Long budi;

    @AfterEach
    void away() {
        if (budi != null) {
            jdbc.update("DELETE FROM receipt WHERE member_id = ?", budi);
        }
    }

    private MemberSession loginAt(String kiosk) {
        UI.getCurrent().navigate("", QueryParameters.of("kiosk", kiosk));
        budi = memberId(DemoLogin.BUDI);
        return memberSessions.begin(budi, kiosk, LoginMethod.KPJ);
    }

    @Test
    void offersTheSlipAndEveryYearsStatementNewestFirst() {
        loginAt("TEST-PRINT");
        navigate("print", PrintMenuView.class);
        List<Integer> years = history.yearSummaries(budi, kioskTime.today("TEST-PRINT")).stream().map(YearSummary::year).toList();
        assertTrue(years.size() > 2, "Budi has paid in since 2012");

        assertTrue(text("print-balance").contains("Struk saldo JHT"));
        assertTrue(text("print-statement").contains("Informasi dana " + years.getFirst()), text("print-statement"));
        List<String> older = find(Button.class).withClassName("year-button").all().stream().map(Button::getText).toList();
        assertEquals(years.subList(1, years.size()).stream().map(String::valueOf).toList(), older);
        assertFalse(exists("print-again"), "nothing failed in this visit");

        click("print-statement-" + years.get(1));
        assertOnScreen("receipt/statement/" + years.get(1));
        navigate("print", PrintMenuView.class);
        click("print-balance");
        assertOnScreen("receipt/balance");
    }

    @Test
    void aReceiptThatDidNotPrintInThisVisitIsOfferedAgain() throws Exception {
        MemberSession member = loginAt("TEST-PRINT");
        IssuedReceipt receipt = receipts.issue(new ReceiptContent(ReceiptKind.YEAR_STATEMENT, "2020", 1, "B***",
                new ReceiptDocument("IURAN 2020", List.of(), null, null)), budi, "TEST-PRINT", member.kioskSessionId(), Locale.ROOT);
        try (FakeEscPosPrinter printer = FakeEscPosPrinter.startWhenFree(59100, FakeEscPosPrinter.State.PAPER_OUT, java.time.Duration.ofSeconds(30))) {
            assertFalse(receipts.print(receipt.id(), budi, "TEST-PRINT", Locale.ROOT).printed());
        }

        navigate("print", PrintMenuView.class);
        String id = "print-again-" + receipt.number();
        assertTrue(exists(id), id + "; stored: " + jdbc.queryForList("SELECT number, status, session_id FROM receipt WHERE member_id = ?", budi)
                + "; session " + member.kioskSessionId());
        assertTrue(text(id).contains("Cetak lagi: Informasi dana JHT-JP tahun 2020") && text(id).contains(receipt.number()), text(id));
        click(id);
        assertOnScreen("receipt/again/" + receipt.id());
        assertTrue(find(Html.class).from(byId(Div.class, "receipt-preview")).single().getInnerHtml().contains(receipt.number()));
        assertTrue(exists("print-confirm"));
    }

    @Test
    void aKioskThatDoesNotPrintHasNoPrintMenu() {
        loginAt("TEST-BALANCE");
        navigate("print", Component.class);
        assertOnScreen("home");
    }

    @Test
    void aKioskWithoutAPrinterSaysTheReceiptsShowOnTheScreen() {
        loginAt("TEST-SCREEN");
        navigate("print", PrintMenuView.class);
        assertTrue(exists("print-balance"));
        assertTrue(find(Component.class).withClassName("plain-line").all().stream()
                .anyMatch(c -> c.getElement().getText().startsWith("Kios ini tidak memiliki printer")));
    }
}
