package id.kiosmandiri.contribution.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.contribution.BillService;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.ContributionRules;
import id.kiosmandiri.contribution.OpenBills;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.ReadAloud;
import id.kiosmandiri.session.ui.MemberLayout;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;

import java.util.Locale;

import static id.kiosmandiri.kiosk.ui.Rows.row;

/** Open bills: the member's own BPU months, and PU months the employer has not paid. */
@AnonymousAllowed
@Route(value = "bills", layout = MemberLayout.class)
class BillsView extends Div implements BeforeEnterObserver, HasDynamicTitle, ReadAloud.Spoken {

    private OpenBills shown;

    private final MemberSessions memberSessions;

    private final BillService bills;
    private final KioskTime kioskTime;

    BillsView(BillService bills, KioskTime kioskTime, MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        this.bills = bills;
        this.kioskTime = kioskTime;
        addClassName("bills");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MemberSession member = MemberLayout.member();
        memberSessions.used("bills");
        OpenBills open = bills.openBills(member.memberId(), kioskTime.today(member.kioskId()));
        shown = open;
        Locale locale = getLocale();
        removeAll();
        add(new H1(getTranslation("bills.title")));
        Div list = new Div();
        list.setId("bills-list");
        list.addClassName("bills-list");
        add(list);

        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("bills.none"));
            none.setId("bills-none");
            none.addClassName("good-news");
            list.add(none);
            return;
        }
        if (!open.ownMonths().isEmpty()) {
            Div own = new Div(new H2(getTranslation("bills.own.title")));
            own.addClassName("statement");
            for (ContributionLine line : open.ownMonths()) {
                own.add(billRow(Formats.monthYear(line.period(), locale), line, open, "bills.overdue"));
            }
            Div total = row(getTranslation("bills.own.total"), Formats.rupiah(open.ownTotal()), "bills-total");
            total.addClassName("total");
            own.add(total);
            Paragraph rule = new Paragraph(getTranslation(open.ownMembershipAtRisk() ? "bills.own.inactive-now" : "bills.own.rule",
                    ContributionRules.BPU_UNPAID_MONTHS_TO_INACTIVE));
            rule.setId("bills-rule");
            rule.addClassName(open.ownMembershipAtRisk() ? "notice" : "small-note");
            Paragraph howToPay = new Paragraph(getTranslation("bills.own.how-to-pay"));
            howToPay.addClassName("small-note");
            own.add(rule, howToPay);
            list.add(own);
        }
        if (!open.employerUnpaidMonths().isEmpty()) {
            Div employer = new Div(new H2(getTranslation("bills.employer.title")));
            employer.addClassName("statement");
            for (ContributionLine line : open.employerUnpaidMonths()) {
                employer.add(billRow(Formats.monthYear(line.period(), locale) + " · " + line.employerName(), line, open,
                        "bills.employer.overdue"));
            }
            Paragraph advice = new Paragraph(getTranslation("bills.employer.advice"));
            advice.setId("bills-employer-advice");
            advice.addClassName("notice");
            employer.add(advice);
            list.add(employer);
        }
    }

    /** One open month: what, how much, and its due date (red once passed). */
    private Div billRow(String label, ContributionLine line, OpenBills open, String overdueKey) {
        Locale locale = getLocale();
        boolean overdue = open.overdue(line);
        Div r = row(label, Formats.rupiah(line.total()));
        Span due = new Span(getTranslation(overdue ? overdueKey : "bills.due", Formats.date(line.dueDate(), locale)));
        due.addClassNames("bill-due", overdue ? "overdue" : "upcoming");
        r.add(due);
        r.addClassName("bill-row");
        return r;
    }

    /** Read aloud: nothing open, or the member's own open total in words. */
    @Override
    public void speak(ReadAloud.Script script) {
        if (shown == null) {
            return;
        }
        if (shown.isEmpty()) {
            script.say(getTranslation("bills.none"));
        } else if (!shown.ownMonths().isEmpty()) {
            script.amount(getTranslation("bills.own.total"), shown.ownTotal());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bills.title");
    }
}
