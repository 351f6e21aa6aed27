package id.kiosmandiri.receipt;

import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.YearSummary;
import id.kiosmandiri.kiosk.KioskTime;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a receipt would say if it were printed now at the member's kiosk, before it is issued: the
 * receipt screen previews this, and issues exactly this content when the member confirms. The day is
 * the kiosk's ({@link KioskTime}), as on every member screen.
 */
@Service
public class ReceiptDrafts {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final ReceiptContents contents;
    private final ContributionHistoryService history;
    private final KioskTime kioskTime;

    ReceiptDrafts(ReceiptContents contents, ContributionHistoryService history, KioskTime kioskTime) {
        this.contents = contents;
        this.history = history;
        this.kioskTime = kioskTime;
    }

    /**
     * The content of a receipt, or empty when there is none to print: a statement for a year the member
     * has no contributions in, a proof for a month that is not paid, or a subject that is no year
     * ({@code 2025}) or month ({@code 2025-03}). The balance slip has no subject.
     */
    public Optional<ReceiptContent> draft(ReceiptKind kind, String subject, long memberId, String kioskId, Locale locale) {
        LocalDate today = kioskTime.today(kioskId);
        return switch (kind) {
            case BALANCE_SLIP -> subject == null || subject.isEmpty()
                    ? Optional.of(contents.balanceSlip(memberId, kioskId, locale, today))
                    : Optional.empty();
            case YEAR_STATEMENT -> subject != null && YEAR.matcher(subject).matches()
                    && years(memberId, today).contains(Integer.parseInt(subject))
                    ? Optional.of(contents.yearStatement(memberId, Integer.parseInt(subject), kioskId, locale, today))
                    : Optional.empty();
            case PAYMENT_PROOF -> month(subject).flatMap(period -> contents.paymentProof(memberId, period, kioskId, locale, today));
        };
    }

    /** The years a statement can be printed for: those the member has contributions in, newest first. */
    public List<Integer> statementYears(long memberId, String kioskId) {
        return years(memberId, kioskTime.today(kioskId));
    }

    private List<Integer> years(long memberId, LocalDate today) {
        return history.yearSummaries(memberId, today).stream().map(YearSummary::year).toList();
    }

    private static Optional<YearMonth> month(String subject) {
        if (subject == null || !MONTH.matcher(subject).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(subject));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // 2025-13
        }
    }
}
