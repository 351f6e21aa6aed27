package id.kiosmandiri.staff.ui;

import static id.kiosmandiri.staff.ui.StaffTables.cell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.help.HelpRequest;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.staff.FleetService;
import id.kiosmandiri.staff.HelpDesk;
import id.kiosmandiri.staff.HelpRequestRefusal;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The help queue: members at the kiosks of the staff member's branch (every branch for an admin)
 * who pressed "Panggil petugas", oldest first, live by server push ({@link FleetUpdates}): a new
 * request appears without a reload, highlighted for a few seconds ({@code request-new}).
 *
 * <p>Table {@code help-queue}, one row per open request with {@code data-branch} and
 * {@code data-status} (waiting or taken). A row's id is {@code request-<queue number>}; numbers
 * restart each day in each branch, so on an admin's page, which lists several branches, the id is
 * {@code request-<BRANCH>-<queue number>} instead. Each row has its own {@code request-take}
 * (waiting) or {@code request-done} (taken) button: the ids repeat from row to row.
 */
@Route(value = "staff/help", layout = StaffLayout.class)
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
class HelpQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How long a request that came in while the page was open stays highlighted (CSS animates as long). */
    static final Duration NEW_FOR = Duration.ofSeconds(10);

    private final StaffContext staffContext;
    private final HelpDesk desk;
    private final FleetService fleet;
    private final Clock clock;
    private final Div body = new Div();
    private final Paragraph error = new Paragraph();
    /** Kept from the request that opened the page: pushed refreshes run on no request. */
    private CurrentStaff staff;
    private Set<String> shownKiosks = Set.of();
    /** When each request was first on this page; those there when it opened count as seen long ago. */
    private final Map<Long, Instant> firstSeen = new HashMap<>();
    private boolean rendered;

    HelpQueueView(StaffContext staffContext, HelpDesk desk, FleetService fleet, FleetUpdates updates, Clock clock) {
        this.staffContext = staffContext;
        this.desk = desk;
        this.fleet = fleet;
        updates.followWhileAttached(this, id -> shownKiosks.contains(id), this::refresh);
        this.clock = clock;
        addClassName("staff-page");
        error.setId("help-queue-error");
        error.addClassName("staff-alert");
        error.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        staff = staffContext.require();
        shownKiosks = fleet.configured(staff).stream().map(KioskConfig::id).collect(Collectors.toUnmodifiableSet());
        removeAll();
        H1 title = new H1(getTranslation("staff.help.title"));
        Paragraph note = new Paragraph(getTranslation("staff.help.note"));
        note.addClassName("staff-muted");
        add(title, note, error, body);
        rendered = false;
        firstSeen.clear();
        refresh();
    }

    /** Reads the queue again and shows it. */
    void refresh() {
        if (staff == null) {
            return;
        }
        List<HelpDesk.OpenRequest> queue = desk.queue(staff);
        Instant now = clock.instant();
        for (HelpDesk.OpenRequest r : queue) {
            firstSeen.putIfAbsent(r.request().id(), rendered ? now : Instant.EPOCH);
        }
        rendered = true;
        body.removeAll();
        if (queue.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("staff.help.empty"));
            empty.setId("help-queue-empty");
            empty.addClassName("staff-note");
            body.add(empty);
        }
        body.add(table(queue, now));
    }

    private Div table(List<HelpDesk.OpenRequest> queue, Instant now) {
        boolean severalBranches = desk.branches(staff).size() > 1;
        Element table = new Element("table");
        table.setAttribute("id", "help-queue");
        table.getClassList().add("staff-table");
        table.getClassList().add("help-queue-table");
        Element head = new Element("tr");
        head(head, "staff.help.number");
        if (severalBranches) {
            head(head, "staff.fleet.branch");
        }
        head(head, "staff.help.kiosk");
        head(head, "staff.help.topic");
        head(head, "staff.help.member");
        head(head, "staff.help.waiting");
        head(head, "staff.help.status");
        head(head, "staff.help.action");
        table.appendChild(new Element("thead").appendChild(head));
        Element rows = new Element("tbody");
        for (HelpDesk.OpenRequest open : queue) {
            HelpRequest r = open.request();
            String status = r.status().name().toLowerCase(Locale.ROOT);
            Element row = new Element("tr")
                    .setAttribute("id", severalBranches ? "request-" + r.branchCode() + "-" + r.queueNumber() : "request-" + r.queueNumber())
                    .setAttribute("data-branch", r.branchCode())
                    .setAttribute("data-status", status);
            row.getClassList().add("help-" + status);
            if (Duration.between(firstSeen.getOrDefault(r.id(), Instant.EPOCH), now).compareTo(NEW_FOR) < 0) {
                row.getClassList().add("request-new");
            }
            cell(row, String.valueOf(r.queueNumber())).getClassList().add("help-queue-no");
            if (severalBranches) {
                cell(row, r.branchCode()).getClassList().add("staff-code");
            }
            Element kiosk = cell(row, open.kioskName());
            kiosk.appendChild(new Element("div").setText(r.kioskId()));
            cell(row, getTranslation("help.topic." + r.topic().id()));
            cell(row, open.memberFirstName() == null ? "—" : open.memberFirstName() + " · " + open.memberMaskedKpj());
            cell(row, waited(r.createdAt(), now));
            cell(row, r.status() == AssistanceStatus.TAKEN ? getTranslation("staff.help.taken-by", r.takenBy())
                    : getTranslation("staff.help.status.waiting"));
            Element actions = cell(row, "");
            if (r.status() == AssistanceStatus.WAITING) {
                actions.appendChild(action("request-take", "staff.help.take", r.id(), id -> desk.take(staff, id)).getElement());
            } else {
                actions.appendChild(action("request-done", "staff.help.done", r.id(), id -> desk.close(staff, id)).getElement());
            }
            rows.appendChild(row);
        }
        table.appendChild(rows);
        Div wrapper = new Div();
        wrapper.addClassName("staff-table-wrap");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private Button action(String id, String key, long requestId, LongFunction<HelpRequest> act) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                act.apply(requestId);
                error.setVisible(false);
            } catch (HelpRequestRefusal refused) {
                error.setText(getTranslation(refused.messageKey(), refused.argument()));
                error.setVisible(true);
            }
            refresh();
        });
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClassName(id);
        return button;
    }

    /** "baru saja", "3 menit": how long the member has been waiting, from the stored time. */
    private String waited(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return getTranslation("staff.help.waited.now");
        }
        return getTranslation("staff.help.waited.minutes", d.toMinutes());
    }

    private void head(Element row, String key) {
        row.appendChild(new Element("th").setText(getTranslation(key)).setAttribute("scope", "col"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.help.page-title");
    }
}
