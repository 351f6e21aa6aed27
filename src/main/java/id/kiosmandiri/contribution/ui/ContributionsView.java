package id.kiosmandiri.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.contribution.ContributionHistory;
import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.ContributionRules;
import id.kiosmandiri.contribution.ContributionRulesProvider;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.contribution.YearSummary;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.member.Identifiers;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.session.ui.MemberLayout;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import static id.kiosmandiri.kiosk.ui.Rows.row;

/**
 * Payment details, month by month, newest first: large rows with the key numbers, details on a
 * tap. A year at a time, 12 rows a page from SQL, more on request.
 */
@AnonymousAllowed
@Route(value = "contributions", layout = MemberLayout.class)
class ContributionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberSessions memberSessions;

    static final int PAGE_SIZE = 12;

    private final ContributionHistoryService history;
    private final ContributionRulesProvider rulesProvider;
    private final KioskTime kioskTime;
    private final KioskRegistry kiosks;
    private final Select<Integer> yearSelect = new Select<>();
    private final Div summary = new Div();
    private final Div list = new Div();
    private final Button more = new Button();
    /** The selected year's statement, on kiosks that print. */
    private final Button printStatement = new Button();
    /**
     * The proof of payment of the paid month opened last: one button, moved into that month's details,
     * so its id stays unique on the screen.
     */
    private final Button printProof = new Button();
    private String proofPeriod;
    private boolean printing;
    private Long memberId;
    /** The kiosk's day when the screen opened: the summary and every month row are read on it. */
    private LocalDate today;
    private int year;
    private int nextPage;

    ContributionsView(ContributionHistoryService history, ContributionRulesProvider rulesProvider, KioskTime kioskTime,
                      KioskRegistry kiosks, MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        this.history = history;
        this.rulesProvider = rulesProvider;
        this.kioskTime = kioskTime;
        this.kiosks = kiosks;
        addClassName("contributions");
        yearSelect.setId("year-select");
        yearSelect.addClassName("year-select");
        yearSelect.setLabel(getTranslation("contributions.year"));
        yearSelect.setItemLabelGenerator(String::valueOf);
        summary.setId("year-summary");
        summary.addClassName("statement");
        list.setId("contributions-grid");
        list.addClassName("month-list");
        more.setId("contributions-more");
        more.setText(getTranslation("contributions.more"));
        more.addClassNames("kiosk-secondary", "more");
        more.addClickListener(e -> loadPage());
        // receipts by route name: the receipt module builds on this one, not the other way round
        printStatement.setId("print-statement");
        printStatement.addClassNames("kiosk-secondary", "print-button");
        printStatement.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("receipt/statement/" + year)));
        printProof.setId("print-proof");
        printProof.setText(getTranslation("contributions.print-proof"));
        printProof.addClassNames("kiosk-secondary", "print-button", "print-proof");
        printProof.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("receipt/proof/" + proofPeriod)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MemberSession member = MemberLayout.member();
        memberSessions.used("contributions");
        memberId = member.memberId();
        today = kioskTime.today(member.kioskId());
        printing = kiosks.findOrDefault(member.kioskId()).offers(KioskConfig.Feature.PRINT);
        printProof.removeFromParent();
        ContributionHistory first = history.history(memberId, null, PageRequest.of(0, PAGE_SIZE), today);
        removeAll();
        add(new H1(getTranslation("contributions.title")));
        if (first.years().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contributions.none"));
            none.setId("contributions-none");
            none.addClassName("notice");
            list.removeAll();
            add(none, list);
            return;
        }
        yearSelect.setItems(first.years().stream().map(YearSummary::year).toList());
        yearSelect.setValue(first.year());
        yearSelect.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                showYear(history.history(memberId, e.getValue(), PageRequest.of(0, PAGE_SIZE), today));
            }
        });
        Div top = new Div(yearSelect, summary);
        if (printing) {
            top.add(printStatement);
        }
        top.addClassName("contributions-top");
        add(top, list, more);
        showYear(first);
    }

    private void showYear(ContributionHistory h) {
        year = h.year();
        printStatement.setText(getTranslation("contributions.print-statement", String.valueOf(year)));
        list.removeAll();
        summary.removeAll();
        h.selectedYear().ifPresent(this::renderSummary);
        nextPage = 0;
        append(h.page());
    }

    private void loadPage() {
        append(history.page(memberId, year, PageRequest.of(nextPage, PAGE_SIZE)));
    }

    private void append(Page<ContributionLine> page) {
        page.getContent().forEach(line -> list.add(monthRow(line)));
        nextPage = page.getNumber() + 1;
        more.setVisible(page.hasNext());
    }

    /**
     * The year's months by status, then its amounts. Paid + unpaid + not due add up to the year's
     * months; late months are counted inside paid (and indented under it).
     */
    private void renderSummary(YearSummary y) {
        Div late = row(getTranslation("contributions.summary.late"), String.valueOf(y.lateMonths()), "summary-late");
        late.addClassName("part-of");
        Div counts = new Div(
                row(getTranslation("contributions.summary.months"), String.valueOf(y.months()), "summary-months"),
                row(getTranslation("contributions.summary.paid"), String.valueOf(y.paidMonths()), "summary-paid"),
                late,
                row(getTranslation("contributions.summary.unpaid"), String.valueOf(y.unpaidMonths()), "summary-unpaid"),
                row(getTranslation("contributions.summary.not-due"), String.valueOf(y.notDueMonths()), "summary-not-due"));
        counts.addClassName("summary-counts");
        Div total = row(getTranslation("contributions.summary.total", String.valueOf(y.year())), Formats.rupiah(y.total()), "year-total");
        total.addClassName("total");
        Div amounts = new Div(
                row(getTranslation("contributions.jht"), Formats.rupiah(y.jht())),
                row(getTranslation("contributions.jp"), Formats.rupiah(y.jp())),
                row(getTranslation("contributions.jkk-jkm"), Formats.rupiah(y.jkk() + y.jkm())),
                total);
        amounts.addClassName("summary-amounts");
        summary.add(counts, amounts);
    }

    private Div monthRow(ContributionLine line) {
        Locale locale = getLocale();
        Span period = new Span(Formats.monthYear(line.period(), locale));
        period.addClassName("month-period");
        Span employer = new Span(line.employerName() != null ? line.employerName() : getTranslation("contributions.self-paid"));
        employer.addClassName("month-employer");
        ContributionLine.Status lineStatus = line.status(today);
        Span status = new Span(getTranslation("contributions.status." + lineStatus.name().toLowerCase()));
        status.addClassNames("status-badge", "status-" + lineStatus.name().toLowerCase().replace('_', '-'));
        Div left = new Div(period, employer, status);
        left.addClassName("month-left");

        Span amount = new Span(Formats.rupiah(line.jht() + line.jp()));
        amount.addClassName("month-amount");
        Span amountLabel = new Span(getTranslation("contributions.jht-jp"));
        amountLabel.addClassName("month-amount-label");
        Div right = new Div(amount, amountLabel);
        right.addClassName("month-right");

        Div head = new Div(left, right);
        head.addClassName("month-head");
        Div details = details(line, locale);
        details.setVisible(false);
        Div row = new Div(head, details);
        row.addClassName("month-row");
        row.getElement().setAttribute("data-period", Formats.period(line.period()));
        // the month's line is the button, not the whole row: the opened details hold a button of their own
        head.getElement().setAttribute("role", "button");
        head.getElement().setAttribute("aria-expanded", "false");
        boolean paid = line.depositDate() != null;
        head.addClickListener(e -> {
            details.setVisible(!details.isVisible());
            row.setClassName("open", details.isVisible());
            head.getElement().setAttribute("aria-expanded", Boolean.toString(details.isVisible()));
            if (printing && paid && details.isVisible()) {
                proofPeriod = YearMonth.from(line.period()).toString();
                details.add(printProof);
            }
        });
        return row;
    }

    private Div details(ContributionLine l, Locale locale) {
        Div d = new Div();
        d.addClassName("month-details");
        d.add(row(getTranslation("contributions.period"), Formats.period(l.period())));
        d.add(row(getTranslation("contributions.kpj"), Identifiers.mask(l.kpj())));
        d.add(row(getTranslation(l.paidBy() == PaidBy.SELF ? "contributions.income" : "contributions.wage"),
                Formats.rupiah(l.reportedWage())));
        if (l.backPay() > 0) {
            d.add(row(getTranslation("contributions.back-pay"), Formats.rupiah(l.backPay())));
        }
        d.add(row(getTranslation("contributions.jht-employer"), Formats.rupiah(l.jhtEmployer())));
        d.add(row(getTranslation("contributions.jht-worker"), Formats.rupiah(l.jhtWorker())));
        d.add(row(getTranslation("contributions.jp-employer"), Formats.rupiah(l.jpEmployer())));
        d.add(row(getTranslation("contributions.jp-worker"), Formats.rupiah(l.jpWorker())));
        ContributionRules rules = rulesProvider.rules();
        long deferred = rules.jpDeferred(l.period(), l.jp());
        if (deferred > 0) {
            // PP 49/2020: a deferred JP amount is not unpaid; it was settled later
            rules.reliefWindow(l.period()).ifPresent(w -> {
                Div deferredRow = row(getTranslation("contributions.jp-deferred", Formats.date(w.jpDeferredUntil(), locale)),
                        Formats.rupiah(deferred));
                deferredRow.addClassName("jp-deferred");
                d.add(deferredRow);
            });
        }
        d.add(row(getTranslation("contributions.jkk"), Formats.rupiah(l.jkk())));
        d.add(row(getTranslation("contributions.jkm"), Formats.rupiah(l.jkm())));
        d.add(row(getTranslation("contributions.paid-by"), getTranslation("contributions.paid-by." + l.paidBy().name().toLowerCase())));
        d.add(row(getTranslation("contributions.due-date"), Formats.date(l.dueDate(), locale)
                + (rules.dueDateAssumed(l.period(), l.dueDate()) ? " " + getTranslation("contributions.due-date.estimate") : "")));
        d.add(row(getTranslation("contributions.deposit-date"),
                l.depositDate() == null ? getTranslation("contributions.not-paid") : Formats.date(l.depositDate(), locale)));
        d.add(row(getTranslation("contributions.posting-date"),
                l.postingDate() == null ? getTranslation("contributions.not-posted") : Formats.date(l.postingDate(), locale)));
        if (l.latePenalty() > 0) {
            Div penalty = row(getTranslation("contributions.penalty"), Formats.rupiah(l.latePenalty()));
            penalty.addClassName("penalty");
            d.add(penalty);
        }
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contributions.title");
    }
}
