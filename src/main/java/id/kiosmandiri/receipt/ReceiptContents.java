package id.kiosmandiri.receipt;

import id.kiosmandiri.balance.BalanceOverview;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.balance.JhtYear;
import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.ContributionRules;
import id.kiosmandiri.contribution.ContributionRulesProvider;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.kiosk.AmountInWords;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.KioskI18NProvider;
import id.kiosmandiri.member.Identifiers;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.ReceiptHolder;
import id.kiosmandiri.member.Segment;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each receipt says, built from the same service calls the screens make ({@link BalanceService},
 * {@link ContributionHistoryService}, {@link MemberService}), every word from the
 * {@code receipt.*} texts of the resource bundles, amounts written as on the screens ({@link Formats#rupiah}).
 *
 * <p>Paper has 32 columns on a 58 mm roll: a label next to an amount stays short (at most about 17
 * characters), so the amount shares its row. Every month of a statement is printed, never cut off: a
 * month is a heading and a few label/amount rows.
 *
 * <p>The statement's closing JHT balance and the proof's total paid are also written out in words
 * ({@link AmountInWords}) on the rows under them.
 *
 * <p>Nothing identifying beyond the name goes on paper: the KPJ and NIK masked with {@code *} down to
 * the last 4 digits, no birth date, address or PIN. An estimated development return is marked
 * {@value #ESTIMATE} and explained in a note, as the balance screen does.
 */
@Component
class ReceiptContents {

    /** Marks a figure that includes an estimated development return; the note under it says which years. */
    static final String ESTIMATE = "*";
    /** Days as the official statement writes them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd-MM");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-yyyy");

    private final BalanceService balances;
    private final ContributionHistoryService contributions;
    private final ContributionRulesProvider rules;
    private final MemberService members;
    private final KioskRegistry kiosks;
    private final KioskI18NProvider i18n;

    ReceiptContents(BalanceService balances, ContributionHistoryService contributions, ContributionRulesProvider rules,
                    MemberService members, KioskRegistry kiosks, KioskI18NProvider i18n) {
        this.balances = balances;
        this.contributions = contributions;
        this.rules = rules;
        this.members = members;
        this.kiosks = kiosks;
        this.i18n = i18n;
    }

    /**
     * The JHT balance slip: the balance as of {@code today} (what the balance screen shows), this year's
     * breakdown, the balance of each card when there are several, and JP.
     *
     * @param today the day at the kiosk (its branch's zone)
     */
    ReceiptContent balanceSlip(long memberId, String kioskId, Locale locale, LocalDate today) {
        Words w = new Words(locale);
        ReceiptHolder holder = members.holder(memberId);
        BalanceOverview o = balances.overview(memberId, today);

        List<ReceiptLine> lines = new ArrayList<>(issuedAt(kioskId));
        lines.add(new ReceiptLine.Separator());
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.name"), holder.fullName()));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.kpj"), holder.maskedKpj()));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.as-of"), Formats.date(today, w.locale)));
        if (o.status() == MemberStatus.INACTIVE) {
            lines.add(new ReceiptLine.Text(w.getTranslation("receipt.inactive")));
        }
        lines.add(new ReceiptLine.Separator());
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.slip.balance") + mark(o.estimate()),
                Formats.rupiah(o.jhtBalance()), true));
        lines.add(new ReceiptLine.Blank());

        JhtYear y = o.thisYear();
        lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.slip.year", String.valueOf(y.year()))));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.opening") + mark(o.openingBalanceEstimate()),
                Formats.rupiah(y.openingBalance())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.slip.employer"), Formats.rupiah(y.employerContributions())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.slip.worker"), Formats.rupiah(y.workerContributions())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.return") + mark(o.thisYearsReturnEstimate()),
                Formats.rupiah(y.developmentReturn())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.slip.total"), Formats.rupiah(o.jhtBalance()), true));
        if (o.lastPostingDate() != null) {
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.slip.last-posting"), DAY.format(o.lastPostingDate())));
        }

        if (o.cards().size() > 1) {
            Map<Long, ReceiptHolder.Card> holderCards = holder.cards().stream()
                    .collect(Collectors.toMap(ReceiptHolder.Card::cardId, Function.identity()));
            lines.add(new ReceiptLine.Blank());
            lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.slip.cards")));
            for (BalanceOverview.CardBalance card : o.cards()) {
                ReceiptHolder.Card c = holderCards.get(card.cardId());
                lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.kpj") + " " + printedKpj(card, c) + mark(card.estimate()),
                        Formats.rupiah(card.balance())));
                String employer = card.employerName() != null ? card.employerName()
                        : c != null && c.segment() == Segment.BPU ? w.getTranslation("receipt.bpu") : "";
                String unmerged = card.merged() ? "" : "(" + w.getTranslation("receipt.slip.unmerged") + ")";
                String under = (employer + " " + unmerged).strip();
                if (!under.isEmpty()) {
                    lines.add(new ReceiptLine.Text(under));
                }
            }
            if (o.hasUnmergedCard()) {
                lines.add(new ReceiptLine.Text(w.getTranslation("receipt.slip.merge-advice")));
            }
        }

        lines.add(new ReceiptLine.Blank());
        lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.jp.title")));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.jp.accumulated"), Formats.rupiah(o.jpAccumulated())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.jp.months"), months(w, o.jpMonths())));

        if (o.estimate()) {
            // nearly every balance is partly an estimate: the current year's rate is announced only after it ends
            lines.add(new ReceiptLine.Blank());
            lines.add(new ReceiptLine.Text(w.getTranslation("receipt.estimate-note", Formats.yearRanges(o.estimatedYears()))));
        }
        ReceiptDocument document = new ReceiptDocument(w.getTranslation("receipt.slip.title"), lines, null, null);
        return new ReceiptContent(ReceiptKind.BALANCE_SLIP, null, o.jhtBalance(), maskedName(holder.fullName()), document);
    }

    /**
     * The yearly statement, laid out like the official "Informasi Dana ... JHT - JP Tahun YYYY": the header,
     * every month of the year (each card's months together, oldest first), the totals, accumulated JP and
     * the JHT summary from "Saldo awal" to the closing balance. The current year runs to {@code today}.
     *
     * @throws IllegalArgumentException for a year after {@code today}'s
     */
    ReceiptContent yearStatement(long memberId, int year, String kioskId, Locale locale, LocalDate today) {
        if (year > today.getYear()) {
            throw new IllegalArgumentException("no statement for " + year + " on " + today);
        }
        Words w = new Words(locale);
        ReceiptHolder holder = members.holder(memberId);
        List<ContributionLine> months = contributions.yearLines(memberId, year);
        // which years are estimates, as the balance screen says it today
        BalanceOverview now = balances.overview(memberId, today);
        LocalDate through = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        BalanceOverview atEnd = year == today.getYear() ? now : balances.overview(memberId, through);
        JhtYear jht = balances.statementYears(memberId, today).stream().filter(y -> y.year() == year).findFirst()
                // a year before the first posting: nothing in the account
                .orElse(JhtYear.empty(year, through, BigDecimal.ZERO, false, 0));

        List<ReceiptLine> lines = new ArrayList<>(issuedAt(kioskId));
        lines.add(new ReceiptLine.Separator());
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.statement.branch"), branchName(holder.branchCode())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.name"), holder.fullName()));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.nik"), holder.maskedNik()));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.kpj"), holder.maskedKpj()));
        if (holder.currentEmployer() != null || holder.segment() == Segment.BPU) {
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.employer"),
                    holder.currentEmployer() != null ? holder.currentEmployer() : w.getTranslation("receipt.bpu")));
        }
        holder.cards().stream().map(ReceiptHolder.Card::jhtStart).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(d -> lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.statement.jht-start"), MONTH.format(d))));
        holder.cards().stream().map(ReceiptHolder.Card::jpStart).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(d -> lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.statement.jp-start"), MONTH.format(d))));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.jp.months"), months(w, atEnd.jpMonths())));
        lines.add(new ReceiptLine.Separator());

        if (months.isEmpty()) {
            lines.add(new ReceiptLine.Text(w.getTranslation("receipt.statement.none", String.valueOf(year))));
        } else {
            lines.addAll(monthsAndTotals(w, year, months, today));
        }

        lines.add(new ReceiptLine.Blank());
        lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.statement.jp", DAY.format(through))));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.jp.accumulated"), Formats.rupiah(atEnd.jpAccumulated())));

        List<Integer> estimated = now.estimatedYears().stream().filter(y -> y <= year).toList();
        boolean openingEstimate = estimated.stream().anyMatch(y -> y < year);
        boolean returnEstimate = estimated.contains(year);
        lines.add(new ReceiptLine.Blank());
        lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.statement.jht", String.valueOf(year))));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.opening") + mark(openingEstimate),
                Formats.rupiah(jht.openingBalance())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.statement.contributions"), Formats.rupiah(jht.contributions())));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.return") + mark(returnEstimate),
                Formats.rupiah(jht.developmentReturn())));
        if (jht.developmentReturn() != 0) {
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.statement.rate") + mark(returnEstimate),
                    percent(jht.ratePercent(), w.locale)));
        }
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.statement.closing", DAY_MONTH.format(jht.asOf()))
                + mark(!estimated.isEmpty()), Formats.rupiah(jht.closingBalance()), true));
        inWords(lines, w, jht.closingBalance());
        lines.add(new ReceiptLine.Text(w.getTranslation("receipt.statement.posting-note")));
        if (!estimated.isEmpty()) {
            lines.add(new ReceiptLine.Text(w.getTranslation("receipt.estimate-note", Formats.yearRanges(estimated))));
        }
        ReceiptDocument document = new ReceiptDocument(
                w.getTranslation("receipt.statement.title", String.valueOf(year)), lines, null, null);
        return new ReceiptContent(ReceiptKind.YEAR_STATEMENT, String.valueOf(year), jht.closingBalance(),
                maskedName(holder.fullName()), document);
    }

    /** The amounts of a month, in the order they are printed and totalled. */
    private enum Column { WAGE, INCOME, BACK_PAY, JHT_EMPLOYER, JHT_WORKER, JP_EMPLOYER, JP_WORKER }

    /**
     * Each card's months (a heading "MM-YYYY setor dd-MM-yyyy", then wage and the JHT and JP amounts), then
     * one total for every amount printed above, so the totals add up to the months on the paper.
     */
    private List<ReceiptLine> monthsAndTotals(Words w, int year, List<ContributionLine> months, LocalDate today) {
        List<ReceiptLine> lines = new ArrayList<>();
        Map<Long, List<ContributionLine>> byCard = months.stream()
                .collect(Collectors.groupingBy(ContributionLine::cardId, LinkedHashMap::new, Collectors.toList()));
        Map<Column, Long> totals = new EnumMap<>(Column.class);
        long openMonths = 0;
        long openAmount = 0;
        for (List<ContributionLine> card : byCard.values()) {
            lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.kpj") + " " + Identifiers.mask(card.getFirst().kpj(), '*')));
            String employer = null;
            for (ContributionLine m : card) {
                String monthEmployer = m.employerName() != null ? m.employerName() : w.getTranslation("receipt.bpu");
                if (!monthEmployer.equals(employer)) {
                    lines.add(new ReceiptLine.Text(monthEmployer));
                    employer = monthEmployer;
                }
                ContributionLine.Status status = m.status(today);
                lines.add(new ReceiptLine.Heading(Formats.period(m.period()) + " " + switch (status) {
                    case ON_TIME -> w.getTranslation("receipt.statement.paid", DAY.format(m.depositDate()));
                    case LATE -> w.getTranslation("receipt.statement.paid", DAY.format(m.depositDate())) + " "
                            + w.getTranslation("receipt.statement.late");
                    case UNPAID -> w.getTranslation("receipt.statement.unpaid");
                    case NOT_DUE -> w.getTranslation("receipt.statement.not-due");
                }));
                if (status == ContributionLine.Status.UNPAID || status == ContributionLine.Status.NOT_DUE) {
                    openMonths++;
                    openAmount += m.jht() + m.jp();
                }
                boolean wageEarner = m.segment() == Segment.PU;
                addColumn(lines, totals, w, wageEarner ? Column.WAGE : Column.INCOME, m.reportedWage(), true);
                addColumn(lines, totals, w, Column.BACK_PAY, m.backPay(), false);
                // an informal worker has no employer share and no JP; print them only should they be there
                addColumn(lines, totals, w, Column.JHT_EMPLOYER, m.jhtEmployer(), wageEarner);
                addColumn(lines, totals, w, Column.JHT_WORKER, m.jhtWorker(), true);
                addColumn(lines, totals, w, Column.JP_EMPLOYER, m.jpEmployer(), wageEarner);
                addColumn(lines, totals, w, Column.JP_WORKER, m.jpWorker(), wageEarner);
            }
        }
        lines.add(new ReceiptLine.Separator());
        lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.statement.totals", String.valueOf(year),
                String.valueOf(months.size()))));
        totals.forEach((column, sum) -> lines.add(new ReceiptLine.Pair(w.words(column), Formats.rupiah(sum))));
        long jhtJp = months.stream().mapToLong(m -> m.jht() + m.jp()).sum();
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.statement.jht-jp"), Formats.rupiah(jhtJp), true));
        if (openMonths > 0) {
            lines.add(new ReceiptLine.Text(w.getTranslation("receipt.statement.open", String.valueOf(openMonths),
                    Formats.rupiah(openAmount))));
        }
        return lines;
    }

    private static void addColumn(List<ReceiptLine> lines, Map<Column, Long> totals, Words w, Column column, long amount,
                                  boolean evenIfZero) {
        if (amount != 0 || evenIfZero) {
            lines.add(new ReceiptLine.Pair(w.words(column), Formats.rupiah(amount)));
            totals.merge(column, amount, Long::sum);
        }
    }

    /**
     * Proof of payment of one month: for each card the month was paid on (usually one), who paid, when,
     * whether on time, and the amount of each programme; then the total paid, late penalty included.
     * Empty when no card has a deposit for the month (not paid, not due yet, or no such month).
     */
    Optional<ReceiptContent> paymentProof(long memberId, YearMonth period, String kioskId, Locale locale, LocalDate today) {
        List<ContributionLine> paid = contributions.month(memberId, period).stream()
                .filter(l -> l.status(today) == ContributionLine.Status.ON_TIME || l.status(today) == ContributionLine.Status.LATE)
                .toList();
        if (paid.isEmpty()) {
            return Optional.empty();
        }
        Words w = new Words(locale);
        ReceiptHolder holder = members.holder(memberId);
        ContributionRules contributionRules = rules.rules();
        boolean severalCards = paid.size() > 1;

        List<ReceiptLine> lines = new ArrayList<>(issuedAt(kioskId));
        lines.add(new ReceiptLine.Separator());
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.name"), holder.fullName()));
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.period"), Formats.monthYear(period.atDay(1), w.locale)));
        long total = 0;
        for (ContributionLine l : paid) {
            lines.add(new ReceiptLine.Separator());
            String kpj = Identifiers.mask(l.kpj(), '*');
            if (severalCards) {
                lines.add(new ReceiptLine.Heading(w.getTranslation("receipt.kpj") + " " + kpj));
            } else {
                lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.kpj"), kpj));
            }
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.employer"),
                    l.employerName() != null ? l.employerName() : w.getTranslation("receipt.bpu")));
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.paid-by"), l.paidBy() == PaidBy.SELF
                    ? w.getTranslation("receipt.proof.paid-by.self") : w.getTranslation("receipt.proof.paid-by.employer")));
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.due-date"), DAY.format(l.dueDate())));
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.deposit-date"), DAY.format(l.depositDate())));
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.posting-date"), l.postingDate() == null
                    ? w.getTranslation("receipt.proof.not-posted") : DAY.format(l.postingDate())));
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.status"), l.status(today) == ContributionLine.Status.LATE
                    ? w.getTranslation("receipt.proof.late") : w.getTranslation("receipt.proof.on-time")));
            boolean wageEarner = l.segment() == Segment.PU;
            lines.add(new ReceiptLine.Pair(wageEarner ? w.getTranslation("receipt.wage") : w.getTranslation("receipt.income"),
                    Formats.rupiah(l.reportedWage())));
            if (l.backPay() != 0) {
                lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.back-pay"), Formats.rupiah(l.backPay())));
            }
            if (wageEarner || l.jht() != 0) {
                lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.jht"), Formats.rupiah(l.jht())));
            }
            if (wageEarner || l.jp() != 0) {
                lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.jp"), Formats.rupiah(l.jp())));
            }
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.jkk"), Formats.rupiah(l.jkk())));
            lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.jkm"), Formats.rupiah(l.jkm())));
            if (l.latePenalty() != 0) {
                lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.penalty"), Formats.rupiah(l.latePenalty())));
            }
            long deferred = contributionRules.jpDeferred(l.period(), l.jp());
            if (deferred > 0) {
                // PP 49/2020: part of the month's JP was deferred and settled later; it is not unpaid
                contributionRules.reliefWindow(l.period()).ifPresent(window -> lines.add(new ReceiptLine.Text(
                        w.getTranslation("receipt.proof.jp-deferred", Formats.rupiah(deferred), DAY.format(window.jpDeferredUntil())))));
            }
            long paidForCard = paidTotal(l);
            if (severalCards) {
                lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.subtotal"), Formats.rupiah(paidForCard)));
            }
            total += paidForCard;
        }
        lines.add(new ReceiptLine.Separator());
        lines.add(new ReceiptLine.Pair(w.getTranslation("receipt.proof.total"), Formats.rupiah(total), true));
        inWords(lines, w, total);
        ReceiptDocument document = new ReceiptDocument(w.getTranslation("receipt.proof.title"), lines, null, null);
        return Optional.of(new ReceiptContent(ReceiptKind.PAYMENT_PROOF, period.toString(), total,
                maskedName(holder.fullName()), document));
    }

    /** What was paid for a month: the programmes' contributions and the late penalty paid with them. */
    static long paidTotal(ContributionLine line) {
        return line.total() + line.latePenalty();
    }

    /** Each word's first letter, then {@code *} for each further letter: "Budi Santoso" becomes "B*** S******". */
    static String maskedName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String word : fullName.strip().split("\\s+")) {
            int first = word.codePointAt(0);
            words.add(Character.toString(first) + "*".repeat(word.codePointCount(0, word.length()) - 1));
        }
        return String.join(" ", words);
    }

    /** The first lines of every receipt: where it was printed (the kiosk's branch and the kiosk). */
    private List<ReceiptLine> issuedAt(String kioskId) {
        KioskConfig kiosk = kiosks.findOrDefault(kioskId);
        Branch branch = kiosks.branchOf(kiosk);
        return List.of(new ReceiptLine.Text(branch.name()), new ReceiptLine.Text(kiosk.name()));
    }

    /** The member's branch by name when this server knows it, else its code. */
    private String branchName(String code) {
        return kiosks.branches().stream().filter(b -> b.code().equals(code)).map(Branch::name).findFirst()
                .orElse(code == null ? "" : code);
    }

    /** The card's KPJ masked with {@code *}; the balance overview's own mask uses a bullet paper lacks. */
    private static String printedKpj(BalanceOverview.CardBalance card, ReceiptHolder.Card holderCard) {
        return holderCard != null ? holderCard.maskedKpj() : card.maskedKpj().replace('\u2022', '*');
    }

    /**
     * "Terbilang: ... rupiah" under a receipt's main total, as on official payment papers: a figure in words
     * is harder to misread or alter. Wrapped at spaces like any text; no number word is near a row's width.
     * An amount the words cannot express (below zero) gets none.
     */
    private static void inWords(List<ReceiptLine> lines, Words w, long amount) {
        if (AmountInWords.writable(amount)) {
            lines.add(new ReceiptLine.Text(w.getTranslation("receipt.in-words", AmountInWords.rupiah(amount, w.locale))));
        }
    }

    private static String months(Words w, long months) {
        return w.getTranslation("receipt.months.value", String.valueOf(months));
    }

    private static String mark(boolean estimate) {
        return estimate ? ESTIMATE : "";
    }

    private static String percent(BigDecimal rate, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(rate) + "%";
    }

    /** The texts of one receipt in one language (Indonesian unless English is asked for, as on the screens). */
    private final class Words {

        final Locale locale;

        Words(Locale requested) {
            this.locale = requested != null && KioskI18NProvider.ENGLISH.getLanguage().equals(requested.getLanguage())
                    ? KioskI18NProvider.ENGLISH : KioskI18NProvider.INDONESIAN;
        }

        /** Named like the views' method, so the bundle test finds every key used here. */
        String getTranslation(String key, Object... params) {
            return i18n.getTranslation(key, locale, params);
        }

        String words(Column column) {
            return switch (column) {
                case WAGE -> getTranslation("receipt.wage");
                case INCOME -> getTranslation("receipt.income");
                case BACK_PAY -> getTranslation("receipt.back-pay");
                case JHT_EMPLOYER -> getTranslation("receipt.jht-employer");
                case JHT_WORKER -> getTranslation("receipt.jht-worker");
                case JP_EMPLOYER -> getTranslation("receipt.jp-employer");
                case JP_WORKER -> getTranslation("receipt.jp-worker");
            };
        }
    }
}
