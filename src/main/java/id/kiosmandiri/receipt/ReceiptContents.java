package id.kiosmandiri.receipt;

import id.kiosmandiri.balance.BalanceOverview;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.YearSummary;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.member.MemberSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * STAND-IN for the receipts' content written on branch m8-content (same class, same API): just enough
 * for the receipt screens and their tests until that branch is merged, when this file is replaced by
 * the real one. Not for review; its texts are not in the bundles on purpose.
 */
@Component
class ReceiptContents {

    private final BalanceService balances;
    private final ContributionHistoryService history;
    private final MemberService members;

    ReceiptContents(BalanceService balances, ContributionHistoryService history, MemberService members) {
        this.balances = balances;
        this.history = history;
        this.members = members;
    }

    ReceiptContent balanceSlip(long memberId, String kioskId, Locale locale, LocalDate today) {
        BalanceOverview b = balances.overview(memberId, today);
        MemberSummary m = members.summary(memberId);
        return new ReceiptContent(ReceiptKind.BALANCE_SLIP, null, b.jhtBalance(), masked(m), new ReceiptDocument("SALDO JHT", List.of(
                new ReceiptLine.Pair("Nama", masked(m)),
                new ReceiptLine.Pair("KPJ", m.maskedKpj()),
                new ReceiptLine.Separator(),
                new ReceiptLine.Pair("Saldo JHT", Formats.rupiah(b.jhtBalance()), true),
                new ReceiptLine.Text("per " + Formats.date(today, locale))), null, null));
    }

    ReceiptContent yearStatement(long memberId, int year, String kioskId, Locale locale, LocalDate today) {
        MemberSummary m = members.summary(memberId);
        YearSummary y = history.yearSummaries(memberId, today).stream().filter(s -> s.year() == year).findFirst()
                .orElse(new YearSummary(year, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        return new ReceiptContent(ReceiptKind.YEAR_STATEMENT, String.valueOf(year), y.total(), masked(m),
                new ReceiptDocument("IURAN " + year, List.of(
                        new ReceiptLine.Pair("Nama", masked(m)),
                        new ReceiptLine.Separator(),
                        new ReceiptLine.Pair("Bulan dibayar", String.valueOf(y.paidMonths())),
                        new ReceiptLine.Pair("Jumlah", Formats.rupiah(y.total()), true)), null, null));
    }

    Optional<ReceiptContent> paymentProof(long memberId, YearMonth period, String kioskId, Locale locale, LocalDate today) {
        MemberSummary m = members.summary(memberId);
        List<ContributionLine> paid = history.page(memberId, period.getYear(), PageRequest.of(0, 100)).getContent().stream()
                .filter(l -> YearMonth.from(l.period()).equals(period) && l.depositDate() != null).toList();
        if (paid.isEmpty()) {
            return Optional.empty();
        }
        long total = paid.stream().mapToLong(ContributionLine::total).sum();
        List<ReceiptLine> lines = new ArrayList<>(List.of(new ReceiptLine.Pair("Nama", masked(m)), new ReceiptLine.Separator()));
        lines.add(new ReceiptLine.Pair("Periode", Formats.period(period.atDay(1))));
        lines.add(new ReceiptLine.Pair("Jumlah", Formats.rupiah(total), true));
        return Optional.of(new ReceiptContent(ReceiptKind.PAYMENT_PROOF, period.toString(), total, masked(m),
                new ReceiptDocument("BUKTI BAYAR", lines, null, null)));
    }

    private static String masked(MemberSummary m) {
        return m.firstName().charAt(0) + "*".repeat(m.firstName().length() - 1);
    }
}
