package id.kiosmandiri.receipt;

import io.micrometer.core.instrument.Metrics;
import com.vaadin.flow.i18n.I18NProvider;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.PrinterType;
import id.kiosmandiri.session.UsageOccurred;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import id.kiosmandiri.database.ConflictRetryingTransactions;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Receipts from issue to paper. A receipt is stored (number, content, hash) before it is printed;
 * printing happens outside any transaction (no database connection held while a printer is slow);
 * the outcome is stored afterwards, and a failed receipt can be printed again, marked as a reprint
 * when it was printed before or broke off midway.
 */
@Service
public class ReceiptService {

    /** Receipts printed or failed on this node, by kind (balance_slip, year_statement, payment_proof), for Prometheus. */
    public static final String RECEIPTS_METRIC = "kiosk.receipts";

    static final String PRINTED_EVENT = "receipt-printed";
    static final String FAILED_EVENT = "receipt-failed";
    private static final Logger log = LoggerFactory.getLogger(ReceiptService.class);
    private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final ReceiptRepository receipts;
    private final ReceiptNumbers numbers;
    private final ReceiptTokens tokens;
    private final PublicAddress address;
    private final ReceiptProperties properties;
    private final KioskRegistry kiosks;
    private final KioskTime kioskTime;
    private final Clock clock;
    private final I18NProvider texts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final KioskPresence presence;
    private final Map<KioskConfig.Printer, EscPosTcpPrinter> escPosPrinters = new ConcurrentHashMap<>();

    ReceiptService(ReceiptRepository receipts, ReceiptNumbers numbers, PublicAddress address,
                   ReceiptProperties properties, KioskRegistry kiosks, KioskTime kioskTime, Clock clock,
                   I18NProvider texts, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                   KioskPresence presence) {
        this.presence = presence;
        this.receipts = receipts;
        this.numbers = numbers;
        this.tokens = new ReceiptTokens(SigningKey.of(properties), SigningKey.previous(properties));
        this.address = address;
        this.properties = properties;
        this.kiosks = kiosks;
        this.kioskTime = kioskTime;
        this.clock = clock;
        this.texts = texts;
        this.events = events;
        this.tx = ConflictRetryingTransactions.template(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Stores a receipt with its number and content; nothing is printed yet. */
    public IssuedReceipt issue(ReceiptContent content, long memberId, String kioskId, Long kioskSessionId, Locale locale) {
        KioskConfig kiosk = kiosks.findOrDefault(kioskId);
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(kioskTime.zone(kiosk.id()));
        return tx.execute(status -> {
            String number = numbers.next(kiosk.id(), local.toLocalDate());
            ReceiptDocument d = content.document();
            String footer = String.join("\n",
                    texts.getTranslation("receipt.footer.number", locale, number),
                    texts.getTranslation("receipt.footer.printed", locale, PRINTED_AT.format(local)),
                    texts.getTranslation("receipt.footer.verify", locale));
            String json = ReceiptDocumentCodec.json(new ReceiptDocument(d.title(), d.lines(), null, footer));
            Receipt receipt = receipts.save(new Receipt(number, content, memberId, kiosk.id(), kiosk.branchCode(),
                    kioskSessionId, now, json, ReceiptDocumentCodec.sha256(json)));
            return issued(receipt, locale, false);
        });
    }

    /** One of the member's receipts, as it would print now (marked as a reprint when it would be one). */
    public Optional<IssuedReceipt> find(long receiptId, long memberId, Locale locale) {
        return readOnly.execute(status -> receipts.findById(receiptId)
                .filter(r -> r.getMemberId() == memberId)
                .map(r -> issued(r, locale, r.nextPrintIsReprint())));
    }

    /**
     * Sends the receipt to the kiosk's printer (ESC/POS over TCP, or a PDF in the folder) and stores
     * the outcome. Browser printing is the browser's: see {@link #printedByBrowser}.
     */
    public PrintOutcome print(long receiptId, long memberId, String kioskId, Locale locale) {
        KioskConfig kiosk = kiosks.findOrDefault(kioskId);
        IssuedReceipt receipt = find(receiptId, memberId, locale).orElseThrow();
        PrintOutcome outcome = switch (kiosk.printer().type()) {
            case ESCPOS_TCP -> escPosPrinter(kiosk.printer()).print(receipt.document());
            case PDF -> new PdfFolderPrinter(properties.pdfDir(), kiosk.printer().paperWidthMm())
                    .print(receipt.document(), receipt.number() + ".pdf");
            case BROWSER, NONE -> throw new IllegalStateException("kiosk " + kiosk.id() + " does not print on the server");
        };
        if (!outcome.printed()) {
            // no personal data: the receipt number names the kiosk and the day, not the member
            log.warn("Receipt {} not printed at kiosk {}: {} {}", receipt.number(), kiosk.id(), outcome.status(), outcome.detail());
        }
        record(receiptId, outcome.printed(), outcome.partiallySent(), outcome.status().name());
        return outcome;
    }

    /**
     * Prints a document that is no receipt (a queue ticket, say) on the kiosk's own printer: nothing is
     * stored, it has no receipt number and no QR code, and it cannot be verified. Call it outside any
     * transaction: a slow printer holds no database connection. Only for kiosks whose printer the server
     * drives (ESC/POS over TCP, or a PDF in the folder, named {@code fileName}); see {@link #printsOnServer}.
     */
    public PrintOutcome printSlip(String kioskId, ReceiptDocument document, String fileName) {
        KioskConfig kiosk = kiosks.findOrDefault(kioskId);
        if (document.qrPayload() != null) {
            throw new IllegalArgumentException("a slip has no QR code: only stored receipts can be verified");
        }
        if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") || fileName.contains("..")) {
            throw new IllegalArgumentException("a slip's file name is a plain name in the PDF folder: " + fileName);
        }
        PrintOutcome outcome = switch (kiosk.printer().type()) {
            case ESCPOS_TCP -> escPosPrinter(kiosk.printer()).print(document);
            case PDF -> new PdfFolderPrinter(properties.pdfDir(), kiosk.printer().paperWidthMm()).print(document, fileName);
            case BROWSER, NONE -> throw new IllegalStateException("kiosk " + kiosk.id() + " does not print on the server");
        };
        if (!outcome.printed()) {
            log.warn("Slip {} not printed at kiosk {}: {} {}", fileName, kiosk.id(), outcome.status(), outcome.detail());
        }
        presence.printed(kiosk.id(), outcome.printed()); // the fleet page shows a printer that failed its last print
        return outcome;
    }

    /** Whether the server prints for this kiosk ({@link #printSlip}): an ESC/POS or PDF printer, not the browser's nor none. */
    public boolean printsOnServer(String kioskId) {
        PrinterType type = kiosks.findOrDefault(kioskId).printer().type();
        return type == PrinterType.ESCPOS_TCP || type == PrinterType.PDF;
    }

    /** The kiosk's browser printed the receipt (kiosk printing: it prints to its default printer, no dialog). */
    public void printedByBrowser(long receiptId, long memberId) {
        find(receiptId, memberId, Locale.ROOT).orElseThrow();
        record(receiptId, true, false, PrinterType.BROWSER.name());
    }

    private void record(long receiptId, boolean printed, boolean partly, String how) {
        String kioskId = tx.execute(status -> {
            Receipt r = receipts.findById(receiptId).orElseThrow();
            if (printed) {
                r.printed(clock.instant());
            } else {
                r.failed(partly);
            }
            events.publishEvent(new UsageOccurred(r.getKioskId(), r.getSessionId(), printed ? PRINTED_EVENT : FAILED_EVENT,
                    r.getKind().name() + (printed ? "" : " " + how)));
            Metrics.counter(RECEIPTS_METRIC, "kind", r.getKind().name().toLowerCase(java.util.Locale.ROOT),
                    "outcome", printed ? "printed" : "failed").increment();
            return r.getKioskId();
        });
        presence.printed(kioskId, printed); // the fleet page shows a printer that failed its last print
    }

    /** Receipts of this session that did not come out, newest first: the print menu offers them again. */
    public List<IssuedReceipt> failedInSession(Long kioskSessionId, long memberId, Locale locale) {
        return readOnly.execute(status -> receipts.findBySessionIdAndMemberIdOrderByIdDesc(kioskSessionId, memberId).stream()
                .filter(r -> r.getStatus() == ReceiptStatus.FAILED)
                .map(r -> issued(r, locale, r.nextPrintIsReprint()))
                .toList());
    }

    /** The public check of a receipt's QR code: "not valid" for anything that is not a genuine token. */
    public ReceiptCheck check(String token) {
        Optional<String> number = ReceiptTokens.numberOf(token);
        if (number.isEmpty()) {
            return ReceiptCheck.notValid();
        }
        return readOnly.execute(status -> receipts.findByNumber(number.get())
                .filter(r -> ReceiptDocumentCodec.sha256(r.getContent()).equals(r.getContentHash()))
                .filter(r -> tokens.genuine(token, r.getNumber(), r.getContentHash()))
                .map(r -> {
                    KioskConfig kiosk = kiosks.findOrDefault(r.getKioskId());
                    String branch = kiosks.branchOf(kiosk).name();
                    return new ReceiptCheck(true, r.getNumber(), r.getKind(), r.getSubject(),
                            r.getIssuedAt().atZone(kioskTime.zone(kiosk.id())), kiosk.name(), branch,
                            r.getMaskedName(), r.getMainAmount());
                })
                .orElseGet(ReceiptCheck::notValid));
    }

    private IssuedReceipt issued(Receipt r, Locale locale, boolean reprint) {
        ReceiptDocument stored = ReceiptDocumentCodec.document(r.getContent());
        ReceiptDocument document = new ReceiptDocument(stored.title(), stored.lines(),
                address.verifyUrl(tokens.token(r.getNumber(), r.getContentHash())), stored.footer());
        if (reprint) {
            document = document.asReprint(texts.getTranslation("receipt.reprint", locale));
        }
        return new IssuedReceipt(r.getId(), r.getNumber(), r.getKind(), r.getSubject(), r.getStatus(), r.getIssuedAt(),
                r.getMainAmount(), document);
    }

    private EscPosTcpPrinter escPosPrinter(KioskConfig.Printer printer) {
        return escPosPrinters.computeIfAbsent(printer, p -> new EscPosTcpPrinter(p.host(), p.port(), p.paperWidthMm(),
                properties.printerTimeout(), properties.printerTimeout()));
    }
}
