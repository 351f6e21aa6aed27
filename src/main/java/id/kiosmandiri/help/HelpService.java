package id.kiosmandiri.help;

import com.vaadin.flow.i18n.I18NProvider;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.PrinterType;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.receipt.PrintOutcome;
import id.kiosmandiri.receipt.ReceiptDocument;
import id.kiosmandiri.receipt.ReceiptLine;
import id.kiosmandiri.receipt.ReceiptService;
import id.kiosmandiri.session.UsageOccurred;
import id.kiosmandiri.session.UsageScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import id.kiosmandiri.database.ConflictRetryingTransactions;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Assistance requests from kiosks ("Panggil petugas"): made with a queue number per branch and day,
 * taken and closed by staff, or cancelled by the member. Every change is one conditional UPDATE, so
 * two staff members (on two server nodes) never both take the same request; every change publishes
 * {@link AssistanceRequestChanged} for the live pages. Who may see or take which request is the staff
 * module's business ({@code staff.HelpDesk}), not this one's.
 */
@Service
public class HelpService {

    /** The usage event of a request (detail: its topic). */
    static final String USAGE_EVENT = "help-request";
    private static final Logger log = LoggerFactory.getLogger(HelpService.class);
    private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final AssistanceRequestRepository requests;
    private final QueueNumbers numbers;
    private final KioskRegistry kiosks;
    private final ReceiptService printing;
    private final I18NProvider texts;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;

    HelpService(AssistanceRequestRepository requests, QueueNumbers numbers, KioskRegistry kiosks, ReceiptService printing,
                I18NProvider texts, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock,
                PlatformTransactionManager transactions) {
        this.requests = requests;
        this.numbers = numbers;
        this.kiosks = kiosks;
        this.printing = printing;
        this.texts = texts;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = ConflictRetryingTransactions.template(transactions);
    }

    /**
     * Calls a staff member to the kiosk: stores the request with the branch's next queue number, then,
     * outside the transaction, prints a queue ticket when the server drives the kiosk's printer. A
     * printer failure leaves the request as it is: the number is on the screen.
     *
     * @param memberId       the logged-in member, or {@code null}
     * @param kioskSessionId the member's kiosk session, or {@code null}
     * @param locale         the ticket's language
     */
    public CalledStaff call(String kioskId, HelpTopic topic, Long memberId, Long kioskSessionId, Locale locale) {
        HelpRequest request = create(kioskId, topic, memberId, kioskSessionId, clock.instant());
        if (!printing.printsOnServer(request.kioskId())) {
            boolean browser = kiosks.findOrDefault(request.kioskId()).printer().type() == PrinterType.BROWSER;
            return new CalledStaff(request, browser ? CalledStaff.Ticket.IN_BROWSER : CalledStaff.Ticket.SCREEN_ONLY);
        }
        PrintOutcome outcome;
        try {
            outcome = printing.printSlip(request.kioskId(), ticket(request, locale),
                    "antrean-%s-%s-%03d.pdf".formatted(request.branchCode(), request.day(), request.queueNumber()));
        } catch (RuntimeException e) {
            log.warn("Queue ticket {} of branch {} not printed at kiosk {}: {}", request.queueNumber(), request.branchCode(),
                    request.kioskId(), e.toString());
            return new CalledStaff(request, CalledStaff.Ticket.FAILED);
        }
        return new CalledStaff(request, outcome.printed() ? CalledStaff.Ticket.PRINTED : CalledStaff.Ticket.FAILED);
    }

    /** Stores a request made at {@code at}: its number is the next of the branch on the branch's day of {@code at}. */
    HelpRequest create(String kioskId, HelpTopic topic, Long memberId, Long kioskSessionId, Instant at) {
        KioskConfig kiosk = kiosks.findOrDefault(kioskId);
        Branch branch = kiosks.branchOf(kiosk);
        Instant now = at.truncatedTo(ChronoUnit.MICROS); // as DATETIME(6) keeps it
        LocalDate day = now.atZone(branch.zone()).toLocalDate();
        return tx.execute(status -> {
            int number = numbers.next(branch.code(), day);
            AssistanceRequest saved = requests.save(new AssistanceRequest(kiosk.id(), branch.code(), day, number, topic,
                    memberId, kioskSessionId, now));
            // what was asked for and where, never by whom
            events.publishEvent(new UsageOccurred(kiosk.id(), kioskSessionId, USAGE_EVENT, topic.id()));
            return changed(saved.view());
        });
    }

    public Optional<HelpRequest> find(long requestId) {
        return requests.findById(requestId).map(AssistanceRequest::view);
    }

    /** The status of each of these requests (one query, whatever their number); unknown ids are left out. */
    public java.util.Map<Long, AssistanceStatus> statuses(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, AssistanceStatus> statuses = new java.util.HashMap<>();
        requests.findAllById(requestIds).forEach(r -> statuses.put(r.getId(), r.view().status()));
        return statuses;
    }

    /** The open (waiting or taken) requests of these branches, oldest first. */
    public List<HelpRequest> open(Collection<String> branchCodes) {
        if (branchCodes.isEmpty()) {
            return List.of();
        }
        return requests.findOpen(branchCodes, List.of(AssistanceStatus.WAITING, AssistanceStatus.TAKEN)).stream()
                .map(AssistanceRequest::view).toList();
    }

    /** A staff member takes a waiting request; nothing changes (empty) when it is not waiting (any more). */
    public Optional<HelpRequest> take(long requestId, String staffUsername) {
        return transition(requestId, () -> requests.take(requestId, staffUsername, now()));
    }

    /** The staff member who took the request is done; nothing changes (empty) unless it was taken. */
    public Optional<HelpRequest> close(long requestId) {
        return transition(requestId, () -> requests.close(requestId, now()));
    }

    /** The member cancels a waiting request at the kiosk that made it; nothing changes (false) otherwise. */
    public boolean cancel(long requestId, String kioskId) {
        return transition(requestId, () -> requests.cancel(requestId, kioskId, now())).isPresent();
    }

    private Optional<HelpRequest> transition(long requestId, java.util.function.IntSupplier update) {
        return Optional.ofNullable(tx.execute(status -> {
            if (update.getAsInt() != 1) {
                return null;
            }
            return changed(requests.findById(requestId).orElseThrow().view());
        }));
    }

    private HelpRequest changed(HelpRequest request) {
        events.publishEvent(new AssistanceRequestChanged(request.id(), request.kioskId(), request.branchCode(), request.status()));
        return request;
    }

    /**
     * Waiting and handling times of the requests closed in a scope on the days {@code from} to
     * {@code to} (both included, each branch's own calendar days), computed in the database.
     */
    public HelpStatistics statistics(UsageScope scope, LocalDate from, LocalDate to) {
        String where = switch (scope.level()) {
            case ALL -> "";
            case BRANCH -> " AND branch_code = ?";
            case KIOSK -> " AND kiosk_id = ?";
        };
        Object[] args = scope.level() == UsageScope.Level.ALL ? new Object[]{from, to} : new Object[]{from, to, scope.code()};
        // a median is the middle row, or the mean of the two middle rows, of the durations in order
        return jdbc.queryForObject("""
                WITH closed_request AS (
                  SELECT TIMESTAMPDIFF(MICROSECOND, created_at, taken_at) AS wait_us,
                         TIMESTAMPDIFF(MICROSECOND, taken_at, closed_at) AS handle_us
                  FROM assistance_request
                  WHERE status = 'CLOSED' AND day BETWEEN ? AND ?""" + where + """
                ),
                waits AS (SELECT wait_us, ROW_NUMBER() OVER (ORDER BY wait_us) AS rn, COUNT(*) OVER () AS n FROM closed_request),
                handles AS (SELECT handle_us, ROW_NUMBER() OVER (ORDER BY handle_us) AS rn, COUNT(*) OVER () AS n FROM closed_request)
                SELECT (SELECT COUNT(*) FROM closed_request),
                       (SELECT AVG(wait_us) FROM closed_request),
                       (SELECT AVG(wait_us) FROM waits WHERE rn IN (FLOOR((n + 1) / 2), CEIL((n + 1) / 2))),
                       (SELECT AVG(handle_us) FROM handles WHERE rn IN (FLOOR((n + 1) / 2), CEIL((n + 1) / 2)))""",
                (rs, row) -> new HelpStatistics(rs.getLong(1), micros(rs.getBigDecimal(3)), micros(rs.getBigDecimal(2)),
                        micros(rs.getBigDecimal(4))), args);
    }

    private static Duration micros(BigDecimal value) {
        return value == null ? null : Duration.of(value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(), ChronoUnit.MICROS);
    }

    /** The queue ticket of a request, as it prints: number, topic, kiosk, time; no member, no QR code. */
    public ReceiptDocument ticket(HelpRequest request, Locale locale) {
        KioskConfig kiosk = kiosks.findOrDefault(request.kioskId());
        Branch branch = kiosks.branchOf(kiosk);
        ZonedDateTime created = request.createdAt().atZone(branch.zone());
        return new ReceiptDocument(texts.getTranslation("help.ticket.title", locale), List.of(
                new ReceiptLine.Heading(branch.name()),
                new ReceiptLine.Text(kiosk.name()),
                new ReceiptLine.Separator(),
                new ReceiptLine.Pair(texts.getTranslation("help.ticket.number", locale), String.valueOf(request.queueNumber()), true),
                new ReceiptLine.Pair(texts.getTranslation("help.ticket.topic", locale),
                        texts.getTranslation("help.topic." + request.topic().id(), locale)),
                new ReceiptLine.Blank(),
                new ReceiptLine.Text(texts.getTranslation("help.ticket.note", locale))),
                null, texts.getTranslation("help.ticket.time", locale, PRINTED_AT.format(created)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
