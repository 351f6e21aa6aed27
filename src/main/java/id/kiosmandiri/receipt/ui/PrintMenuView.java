package id.kiosmandiri.receipt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.PrinterType;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.receipt.IssuedReceipt;
import id.kiosmandiri.receipt.ReceiptDrafts;
import id.kiosmandiri.receipt.ReceiptService;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.ui.MemberLayout;

import java.time.YearMonth;
import java.util.List;

/**
 * "Cetak": what the member can print, in large choices. Receipts of this visit that did not come out
 * come first, to print again; then the balance slip and the yearly statements, newest year first.
 */
@AnonymousAllowed
@Route(value = "print", layout = MemberLayout.class)
class PrintMenuView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberSessions memberSessions;

    private final ReceiptDrafts drafts;
    private final ReceiptService receipts;
    private final KioskRegistry kiosks;

    PrintMenuView(ReceiptDrafts drafts, ReceiptService receipts, KioskRegistry kiosks, MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        this.drafts = drafts;
        this.receipts = receipts;
        this.kiosks = kiosks;
        addClassName("print-menu");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MemberSession member = MemberLayout.member();
        KioskConfig kiosk = kiosks.findOrDefault(member.kioskId());
        if (!kiosk.offers(KioskConfig.Feature.PRINT)) {
            event.forwardTo("home");
            return;
        }
        memberSessions.used("print-menu");
        removeAll();
        add(new H1(getTranslation("print.title")));
        Paragraph what = new Paragraph(getTranslation(kiosk.printer().type() == PrinterType.NONE ? "print.what.no-printer" : "print.what"));
        what.addClassName("plain-line");
        add(what);

        // what to print now on the left (landscape), the statements by year on the right
        Div now = new Div();
        now.addClassName("print-column");
        Div byYear = new Div();
        byYear.addClassName("print-column");
        Div columns = new Div(now, byYear);
        columns.addClassName("print-columns");
        add(columns);

        List<IssuedReceipt> notPrinted = receipts.failedInSession(member.kioskSessionId(), member.memberId(), getLocale());
        if (!notPrinted.isEmpty()) {
            Div again = new Div(new H2(getTranslation("print.again.title")));
            again.setId("print-again");
            again.addClassNames("print-section", "print-again");
            for (IssuedReceipt r : notPrinted) {
                again.add(choice("print-again-" + r.number(), VaadinIcon.REFRESH, getTranslation("print.again", receiptTitle(r)),
                        getTranslation("print.again.hint", r.number()), "receipt/again/" + r.id()));
            }
            now.add(again);
        }

        Div choices = new Div(choice("print-balance", VaadinIcon.WALLET, getTranslation("print.balance"),
                getTranslation("print.balance.hint"), "receipt/balance"));
        choices.addClassName("print-section");
        now.add(choices);

        List<Integer> years = drafts.statementYears(member.memberId(), member.kioskId());
        if (!years.isEmpty()) {
            int newest = years.getFirst();
            Div statements = new Div(new H2(getTranslation("print.statements.title")),
                    choice("print-statement", VaadinIcon.FILE_TEXT_O, getTranslation("print.statement", String.valueOf(newest)),
                            getTranslation("print.statement.hint"), "receipt/statement/" + newest));
            statements.addClassName("print-section");
            if (years.size() > 1) {
                Paragraph older = new Paragraph(getTranslation("print.statements.older"));
                older.addClassName("plain-line");
                Div grid = new Div();
                grid.addClassName("year-buttons");
                for (int year : years.subList(1, years.size())) {
                    Button b = new Button(String.valueOf(year), e -> go("receipt/statement/" + year));
                    b.setId("print-statement-" + year);
                    b.addClassNames("kiosk-secondary", "year-button");
                    grid.add(b);
                }
                statements.add(older, grid);
            }
            byYear.add(statements);
        }
    }

    private String receiptTitle(IssuedReceipt r) {
        return switch (r.kind()) {
            case BALANCE_SLIP -> getTranslation("receipt.title.balance");
            case YEAR_STATEMENT -> getTranslation("receipt.title.statement", r.subject());
            case PAYMENT_PROOF -> getTranslation("receipt.title.proof", Formats.monthYear(YearMonth.parse(r.subject()).atDay(1), getLocale()));
        };
    }

    private Button choice(String id, VaadinIcon icon, String label, String hint, String route) {
        Span l = new Span(label);
        l.addClassName("tile-label");
        Span h = new Span(hint);
        h.addClassName("tile-hint");
        Div text = new Div(l, h);
        text.addClassName("tile-text");
        Button b = new Button(text, e -> go(route));
        b.setPrefixComponent(icon.create());
        b.setId(id);
        b.addClassNames("tile", "print-choice");
        return b;
    }

    private void go(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.title");
    }
}
