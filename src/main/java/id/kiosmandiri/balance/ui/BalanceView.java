package id.kiosmandiri.balance.ui;

import com.vaadin.flow.component.button.Button;
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
import id.kiosmandiri.balance.BalanceOverview;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.balance.JhtCalculator;
import id.kiosmandiri.balance.JhtYear;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.ReadAloud;
import id.kiosmandiri.session.ui.MemberLayout;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import static id.kiosmandiri.kiosk.ui.Rows.row;

/** The JHT balance as of today, this year's breakdown as the official statement shows it, and JP. */
@AnonymousAllowed
@Route(value = "balance", layout = MemberLayout.class)
class BalanceView extends Div implements BeforeEnterObserver, HasDynamicTitle, ReadAloud.Spoken {

    private final MemberSessions memberSessions;

    private final BalanceService balances;
    private final KioskTime kioskTime;
    private final KioskRegistry kiosks;
    private BalanceOverview shown;

    BalanceView(BalanceService balances, KioskTime kioskTime, KioskRegistry kiosks, MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        this.balances = balances;
        this.kioskTime = kioskTime;
        this.kiosks = kiosks;
        addClassName("balance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MemberSession member = MemberLayout.member();
        memberSessions.used("balance");
        BalanceOverview b = balances.overview(member.memberId(), kioskTime.today(member.kioskId()));
        shown = b;
        Locale locale = getLocale();
        removeAll();

        H1 title = new H1(getTranslation("balance.title"));
        Paragraph what = new Paragraph(getTranslation("balance.what"));
        what.addClassName("plain-line");

        Span amount = new Span(Formats.rupiah(b.jhtBalance()));
        amount.setId("jht-balance");
        amount.addClassName("big-amount");
        Span asOf = new Span(getTranslation("balance.as-of", Formats.date(b.asOf(), locale)));
        asOf.addClassName("as-of");
        Div hero = new Div(amount, asOf);
        hero.addClassName("hero");
        if (kiosks.findOrDefault(member.kioskId()).offers(KioskConfig.Feature.PRINT)) {
            // by route name: the receipt module builds on this one, not the other way round
            Button print = new Button(getTranslation("balance.print"), e -> getUI().ifPresent(ui -> ui.navigate("receipt/balance")));
            print.setId("print-balance");
            print.addClassNames("print-button", "hero-print");
            hero.add(print);
        }
        add(title, hero);
        if (b.estimate()) {
            // nearly every balance is partly an estimate: the current year's rate is announced only after it ends
            Paragraph estimate = new Paragraph(getTranslation("balance.estimate-note", Formats.yearRanges(b.estimatedYears())));
            estimate.setId("estimate-note");
            estimate.addClassName("estimate-note");
            add(estimate);
        }
        add(what);

        if (b.status() == MemberStatus.INACTIVE) {
            Paragraph inactive = new Paragraph(getTranslation("balance.inactive"));
            inactive.setId("balance-inactive");
            inactive.addClassName("notice");
            add(inactive);
        }

        JhtYear y = b.thisYear();
        Div statement = new Div();
        statement.setId("jht-statement");
        statement.addClassName("statement");
        statement.add(new H2(getTranslation("balance.year.title", String.valueOf(y.year()))));
        statement.add(row(getTranslation(b.openingBalanceEstimate() ? "balance.opening.estimate" : "balance.opening",
                "01-01-" + y.year()), Formats.rupiah(y.openingBalance()), "jht-opening"));
        statement.add(row(getTranslation("balance.employer"), Formats.rupiah(y.employerContributions()), "jht-employer"));
        statement.add(row(getTranslation("balance.worker"), Formats.rupiah(y.workerContributions()), "jht-worker"));
        statement.add(row(getTranslation(b.thisYearsReturnEstimate() ? "balance.return.assumed" : "balance.return",
                percent(y.ratePercent(), locale), Formats.date(JhtCalculator.returnAccruedThrough(y.asOf()), locale)),
                Formats.rupiah(y.developmentReturn()), "jht-return"));
        Div total = row(getTranslation("balance.total"), Formats.rupiah(b.jhtBalance()), "jht-total");
        total.addClassName("total");
        statement.add(total);
        Paragraph last = new Paragraph(b.lastPostingDate() == null ? getTranslation("balance.last-posting.none")
                : getTranslation("balance.last-posting", Formats.date(b.lastPostingDate(), locale)));
        last.setId("last-posting");
        last.addClassName("small-note");
        statement.add(last);
        add(statement);

        if (b.cards().size() > 1) {
            Div cards = new Div();
            cards.setId("card-balances");
            cards.addClassName("statement");
            cards.add(new H2(getTranslation("balance.cards.title")));
            for (BalanceOverview.CardBalance card : b.cards()) {
                String label = getTranslation("balance.card", card.maskedKpj())
                        + (card.employerName() == null ? "" : " · " + card.employerName());
                Div r = row(label, Formats.rupiah(card.balance())
                        + (card.estimate() ? " " + getTranslation("balance.card.estimate") : ""));
                if (!card.merged()) {
                    r.addClassName("unmerged");
                    Span note = new Span(getTranslation("balance.card.unmerged"));
                    note.addClassName("unmerged-note");
                    r.add(note);
                }
                cards.add(r);
            }
            if (b.hasUnmergedCard()) {
                Paragraph merge = new Paragraph(getTranslation("balance.cards.merge-advice"));
                merge.setId("merge-advice");
                merge.addClassName("notice");
                cards.add(merge);
            }
            add(cards);
        }

        Div jp = new Div();
        jp.addClassName("statement");
        jp.add(new H2(getTranslation("balance.jp.title")));
        jp.add(row(getTranslation("balance.jp.accumulated"), Formats.rupiah(b.jpAccumulated()), "jp-contributions"));
        jp.add(row(getTranslation("balance.jp.months"), getTranslation("balance.jp.months.value", b.jpMonths()), "jp-months"));
        Paragraph jpWhat = new Paragraph(getTranslation("balance.jp.what"));
        jpWhat.addClassName("small-note");
        jp.add(jpWhat);
        add(jp);
    }

    private static String percent(BigDecimal rate, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(rate) + "%";
    }

    /** Read aloud: the balance in words, and that it is an estimate when it is. */
    @Override
    public void speak(ReadAloud.Script script) {
        if (shown == null) {
            return;
        }
        script.amount(getTranslation("speech.balance") + " " + getTranslation("balance.as-of",
                Formats.date(shown.asOf(), getLocale())), shown.jhtBalance());
        if (shown.estimate()) {
            script.say(getTranslation("speech.estimate"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("balance.title");
    }
}
