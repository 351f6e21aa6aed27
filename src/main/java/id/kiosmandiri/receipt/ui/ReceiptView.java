package id.kiosmandiri.receipt.ui;

import id.kiosmandiri.database.DatabaseOutage;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.PrinterType;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.receipt.HtmlReceipt;
import id.kiosmandiri.receipt.IssuedReceipt;
import id.kiosmandiri.receipt.PrintOutcome;
import id.kiosmandiri.receipt.ReceiptContent;
import id.kiosmandiri.receipt.ReceiptDocument;
import id.kiosmandiri.receipt.ReceiptDrafts;
import id.kiosmandiri.receipt.ReceiptKind;
import id.kiosmandiri.receipt.ReceiptService;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.SessionEndReason;
import id.kiosmandiri.session.ui.MemberLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One receipt, from preview to paper: what it will say (the same rows the paper gets), a big "Cetak",
 * and then what became of it. The receipt is stored before it is printed; a print that fails leaves it
 * stored, to print again here or from the print menu, or to read on the screen.
 *
 * <p>Routes: {@code receipt/balance}, {@code receipt/statement/2025}, {@code receipt/proof/2025-03}, and
 * {@code receipt/again/<receipt id>} for a stored receipt of the member that did not print. Other
 * modules' screens link here by these names (they must not import this module: it depends on them).
 */
@AnonymousAllowed
@Route(value = "receipt/:kind/:subject?", layout = MemberLayout.class)
class ReceiptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The member screen the receipt was asked for on, where "Kembali" goes (kept over language changes). */
    static final String ORIGIN = ReceiptView.class.getName() + ".origin";
    /** How long "printed" shows before the logout, on kiosks that log out after a print. */
    static final int LOGOUT_DELAY_MS = 3000;
    /**
     * The window.print() of a browser-printing kiosk, once the receipt's QR image is decoded (Chromium prints
     * an image that is not decoded yet as empty). Kiosk browsers run with --kiosk-printing: no dialog.
     */
    private static final String PRINT_IN_BROWSER = """
            const box = document.querySelector('.receipt-print');
            const images = box ? Array.from(box.querySelectorAll('img')) : [];
            return Promise.all(images.map(i => i.decode ? i.decode().catch(() => null) : null))
                .then(() => { window.print(); return true; });""";
    private static final Logger log = LoggerFactory.getLogger(ReceiptView.class);
    /** Prints run off the request thread: a slow printer must not hold the member's session. */
    private static final ExecutorService PRINTING = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("receipt-print-", 0).factory());

    enum State {
        /** The draft (or a stored receipt to print again), with Cetak. */
        PREVIEW,
        /** Sent to the printer; every button is off until the outcome is known. */
        PRINTING,
        PRINTED,
        FAILED,
        /** The kiosk has no printer: the receipt is shown on the screen. */
        NO_PRINTER,
        /** There is no such receipt (a month not paid, an unknown year). */
        UNAVAILABLE
    }

    private final ReceiptDrafts drafts;
    private final ReceiptService receipts;
    private final KioskRegistry kiosks;
    private final MemberSessions memberSessions;

    private final H1 title = new H1();
    private final Paragraph hint = new Paragraph();
    private final Div preview = new Div();
    private final Div status = new Div();
    private final Button confirm = new Button();
    private final Button retry = new Button();
    private final Button showOnScreen = new Button();
    private final Button cancel = new Button();
    /** The receipt as the browser prints it: a child of the page's body, shown only in print. */
    private final Div printCopy = new Div();

    private MemberSession member;
    private KioskConfig kiosk;
    private HtmlReceipt html;
    private Locale locale;
    private String origin;
    private ReceiptContent draft;
    private IssuedReceipt issued;
    private State state;

    ReceiptView(ReceiptDrafts drafts, ReceiptService receipts, KioskRegistry kiosks, MemberSessions memberSessions) {
        this.drafts = drafts;
        this.receipts = receipts;
        this.kiosks = kiosks;
        this.memberSessions = memberSessions;
        addClassName("receipt-screen");
        hint.addClassName("plain-line");
        preview.setId("receipt-preview");
        preview.addClassName("receipt-preview");
        // it scrolls: reachable by keyboard too, and named for screen readers
        preview.getElement().setAttribute("tabindex", "0");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("receipt.preview.label"));
        status.setId("print-status");
        status.addClassName("print-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        confirm.setId("print-confirm");
        confirm.addClassNames("kiosk-primary", "print-confirm");
        confirm.setDisableOnClick(true); // a double tap prints once
        confirm.addClickListener(e -> confirm());
        retry.setId("print-retry");
        retry.addClassNames("kiosk-primary", "print-retry");
        retry.setDisableOnClick(true);
        retry.addClickListener(e -> retry());
        showOnScreen.setId("print-show-on-screen");
        showOnScreen.addClassNames("kiosk-secondary", "print-show-on-screen");
        showOnScreen.addClickListener(e -> showOnScreen());
        cancel.setId("print-cancel");
        cancel.addClassNames("kiosk-secondary", "print-cancel");
        cancel.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(origin)));
        printCopy.addClassName("receipt-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        member = MemberLayout.member();
        kiosk = kiosks.findOrDefault(member.kioskId());
        if (!kiosk.offers(KioskConfig.Feature.PRINT)) {
            event.forwardTo("home");
            return;
        }
        locale = getLocale();
        html = new HtmlReceipt(kiosk.printer().paperWidthMm());
        origin = origin();
        draft = null;
        issued = null;
        String kind = event.getRouteParameters().get("kind").orElse("");
        String subject = event.getRouteParameters().get("subject").orElse(null);
        build();
        if ("again".equals(kind)) {
            issued = storedReceipt(subject).orElse(null);
        } else {
            draft = kindOf(kind).flatMap(k -> drafts.draft(k, subject, member.memberId(), kiosk.id(), locale)).orElse(null);
        }
        if (draft == null && issued == null) {
            title.setText(getTranslation("receipt.title"));
            show(State.UNAVAILABLE);
            return;
        }
        ReceiptKind receiptKind = issued != null ? issued.kind() : draft.kind();
        String receiptSubject = issued != null ? issued.subject() : draft.subject();
        title.setText(title(receiptKind, receiptSubject));
        showReceipt(issued != null ? issued.document() : draft.document());
        show(kiosk.printer().type() == PrinterType.NONE ? State.NO_PRINTER : State.PREVIEW);
    }

    /** Where "Kembali" goes: the screen before this one; a refresh of this screen (language) keeps it. */
    private static String origin() {
        VaadinSession session = VaadinSession.getCurrent();
        String last = MemberSessions.lastScreen();
        if (!last.startsWith("receipt/")) {
            session.setAttribute(ORIGIN, last);
        }
        Object kept = session.getAttribute(ORIGIN);
        return kept == null ? "print" : (String) kept;
    }

    private static Optional<ReceiptKind> kindOf(String routeKind) {
        return Optional.ofNullable(switch (routeKind) {
            case "balance" -> ReceiptKind.BALANCE_SLIP;
            case "statement" -> ReceiptKind.YEAR_STATEMENT;
            case "proof" -> ReceiptKind.PAYMENT_PROOF;
            default -> null;
        });
    }

    private Optional<IssuedReceipt> storedReceipt(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return receipts.find(Long.parseLong(id), member.memberId(), locale);
    }

    private String title(ReceiptKind kind, String subject) {
        return switch (kind) {
            case BALANCE_SLIP -> getTranslation("receipt.title.balance");
            case YEAR_STATEMENT -> getTranslation("receipt.title.statement", subject);
            case PAYMENT_PROOF -> getTranslation("receipt.title.proof", Formats.monthYear(YearMonth.parse(subject).atDay(1), locale));
        };
    }

    private void build() {
        removeAll();
        preview.getElement().removeAttribute("data-size");
        preview.removeClassName("large");
        Div actions = new Div(confirm, retry, showOnScreen, cancel);
        actions.addClassName("receipt-actions");
        Div side = new Div(hint, status, actions);
        side.addClassName("receipt-side");
        add(title, preview, side);
        // the receipt's own styles, for this kiosk's roll: on screen a paper-like column, in print the roll
        Element style = new Element("style");
        style.setText(html.css());
        getElement().appendChild(style);
        confirm.setText(getTranslation("receipt.confirm"));
        retry.setText(getTranslation("receipt.retry"));
        showOnScreen.setText(getTranslation("receipt.show-on-screen"));
        cancel.setText(getTranslation("receipt.cancel"));
    }

    private void showReceipt(ReceiptDocument document) {
        preview.removeAll();
        preview.add(new Html(html.fragment(document)));
    }

    /** Status text, buttons and data-status for a state. */
    private void show(State next) {
        state = next;
        boolean busy = next == State.PRINTING;
        hint.setVisible(next == State.PREVIEW);
        hint.setText(getTranslation("receipt.preview.hint"));
        confirm.setVisible(next == State.PREVIEW);
        confirm.setEnabled(true);
        retry.setVisible(next == State.FAILED);
        retry.setEnabled(true);
        showOnScreen.setVisible(next == State.FAILED && !"large".equals(preview.getElement().getAttribute("data-size")));
        cancel.setVisible(true);
        cancel.setEnabled(!busy);
        cancel.setText(getTranslation(next == State.PRINTED ? "receipt.done" : "receipt.cancel"));
        preview.setVisible(next != State.UNAVAILABLE);
        if (next == State.NO_PRINTER) {
            large();
        }
        status.removeAll();
        status.removeClassNames("printed", "failed", "printing", "none", "unavailable");
        switch (next) {
            case PREVIEW -> {
                status.setVisible(false);
                status.getElement().removeAttribute("data-status");
            }
            case PRINTING -> status("printing", getTranslation("receipt.status.printing"));
            case NO_PRINTER -> status("none", getTranslation("receipt.status.none"));
            case UNAVAILABLE -> status("unavailable", getTranslation("receipt.status.unavailable"));
            case PRINTED, FAILED -> {
                // filled by printed() and failed(), which know what happened
            }
        }
    }

    private void status(String value, String... lines) {
        status.setVisible(true);
        status.getElement().setAttribute("data-status", value);
        status.addClassName(value);
        for (String line : lines) {
            status.add(new Paragraph(line));
        }
    }

    private void large() {
        preview.getElement().setAttribute("data-size", "large");
        preview.addClassName("large");
    }

    private void confirm() {
        if (state != State.PREVIEW) {
            return;
        }
        if (issued == null) {
            // stored first: whatever the printer does, the receipt exists and can be printed again
            issued = receipts.issue(draft, member.memberId(), kiosk.id(), member.kioskSessionId(), locale);
            showReceipt(issued.document());
        }
        print();
    }

    private void retry() {
        if (state != State.FAILED) {
            return;
        }
        print();
    }

    private void print() {
        show(State.PRINTING);
        if (kiosk.printer().type() == PrinterType.BROWSER) {
            printInBrowser();
        } else {
            printOnServer();
        }
    }

    private void printOnServer() {
        UI ui = UI.getCurrent();
        long receiptId = issued.id();
        long memberId = member.memberId();
        String kioskId = kiosk.id();
        Locale language = locale;
        CompletableFuture.supplyAsync(() -> receipts.print(receiptId, memberId, kioskId, language), PRINTING)
                .whenComplete((outcome, error) -> {
                    try {
                        // the outcome reaches the screen by server push
                        ui.access(() -> {
                            if (error != null && DatabaseOutage.causedBy(error)) {
                                // the database is away (the receipt could not be read, or its outcome not stored):
                                // the receipt itself is stored, and "Coba lagi" prints it once the database is back
                                log.warn("Printing receipt {} failed: the database cannot be reached: {}", issued.number(), error.toString());
                                failed("receipt.failed.service");
                            } else if (error != null) {
                                // the receipt number names the kiosk and the day, not the member
                                log.warn("Printing receipt {} failed", issued.number(), error);
                                failed(PrintOutcome.Status.SEND_FAILED);
                            } else if (outcome.printed()) {
                                printed();
                            } else {
                                failed(outcome.status());
                            }
                        });
                    } catch (UIDetachedException e) {
                        // the member has left: the outcome is stored, a failed receipt is offered again
                    }
                });
    }

    private void printInBrowser() {
        printCopy.removeAll();
        printCopy.add(new Html(html.fragment(issued.document())));
        UI ui = UI.getCurrent();
        if (printCopy.getParent().isEmpty()) {
            ui.add(printCopy);
        }
        ui.getPage().executeJs(PRINT_IN_BROWSER).then(Boolean.class, done -> {
            receipts.printedByBrowser(issued.id(), member.memberId());
            printed();
        }, error -> {
            log.warn("Browser printing of receipt {} failed: {}", issued.number(), error);
            failed(PrintOutcome.Status.PRINTER_ERROR);
        });
    }

    private void printed() {
        show(State.PRINTED);
        String done = getTranslation(kiosk.printer().type() == PrinterType.PDF ? "receipt.status.saved" : "receipt.status.printed");
        if (kiosk.logoutAfterPrint()) {
            status("printed", done, getTranslation("receipt.status.logout"));
            cancel.setVisible(false);
            // a timer in the browser, not a server poll: the member reads the status, then the kiosk starts over
            getElement().executeJs("const view = this; setTimeout(() => view.$server.logoutAfterPrint(), $0);", LOGOUT_DELAY_MS);
        } else {
            status("printed", done);
        }
    }

    private void failed(PrintOutcome.Status cause) {
        failed(switch (cause) {
            case REFUSED -> "receipt.failed.refused";
            case NO_ANSWER -> "receipt.failed.no-answer";
            case PAPER_OUT -> "receipt.failed.paper-out";
            case COVER_OPEN -> "receipt.failed.cover-open";
            default -> "receipt.failed.other";
        });
    }

    private void failed(String reasonKey) {
        // what the next print would be: marked as a reprint when part of this one may have come out
        try {
            receipts.find(issued.id(), member.memberId(), locale).ifPresent(r -> {
                issued = r;
                showReceipt(r.document());
            });
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            // the database is away: the receipt as shown; the next print reads it again
        }
        show(State.FAILED);
        status("failed", getTranslation(reasonKey), getTranslation("receipt.failed.next"));
    }

    private void showOnScreen() {
        large();
        showOnScreen.setVisible(false);
    }

    @ClientCallable
    void logoutAfterPrint() {
        if (state == State.PRINTED && kiosk.logoutAfterPrint()) {
            memberSessions.logout(SessionEndReason.PRINT);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        printCopy.removeFromParent();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return title.getText() == null || title.getText().isEmpty() ? getTranslation("receipt.title") : title.getText();
    }
}
