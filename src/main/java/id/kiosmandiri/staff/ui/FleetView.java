package id.kiosmandiri.staff.ui;

import static id.kiosmandiri.staff.ui.StaffTables.cell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.staff.FleetKiosk;
import id.kiosmandiri.staff.FleetService;
import id.kiosmandiri.staff.KioskEnrolments;
import id.kiosmandiri.kiosk.KioskDevices;
import id.kiosmandiri.kiosk.EnrolmentPolicy;
import com.vaadin.flow.component.button.Button;
import java.util.Map;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff start page: the kiosks this staff member may see (their branch's; an admin's, every
 * branch's), live: online or offline, what each shows now (never which member), its printer, and
 * today's sessions and failed logins. Offline kiosks come first and stand out. One row per kiosk,
 * {@code kiosk-<ID>} with {@code data-state} attract, member, warning or offline. The page updates
 * itself by server push while it is open ({@link FleetUpdates}).
 */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
class FleetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffContext staffContext;
    private final FleetService fleet;
    private final Clock clock;
    private final Div body = new Div();
    /** The enrolment code just made or the revocation just done: kept apart from the table, which refreshes by push. */
    private final Paragraph enrolmentMessage = new Paragraph();
    private final KioskEnrolments enrolments;
    private final EnrolmentPolicy enrolmentPolicy;
    /** Kept from the request that opened the page: pushed refreshes run on no request. */
    private CurrentStaff staff;
    private Set<String> shownIds = Set.of();

    FleetView(StaffContext staffContext, FleetService fleet, FleetUpdates updates, Clock clock, KioskEnrolments enrolments,
              EnrolmentPolicy enrolmentPolicy) {
        this.staffContext = staffContext;
        this.enrolments = enrolments;
        this.enrolmentPolicy = enrolmentPolicy;
        enrolmentMessage.setId("enrol-code");
        enrolmentMessage.addClassName("staff-note");
        enrolmentMessage.getElement().setAttribute("role", "status");
        enrolmentMessage.setVisible(false);
        this.fleet = fleet;
        updates.followWhileAttached(this, id -> shownIds.contains(id), this::refresh);
        this.clock = clock;
        addClassName("staff-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        staff = staffContext.require();
        removeAll();
        H1 title = new H1(staff.admin() ? getTranslation("staff.fleet.title.all")
                : getTranslation("staff.fleet.title.branch",
                fleet.branch(staff, staff.branchCode()).map(b -> b.name()).orElse(staff.branchCode())));
        enrolmentMessage.setVisible(false);
        add(title, enrolmentMessage, body);
        refresh();
    }

    /** Reads the fleet again and shows it. */
    void refresh() {
        if (staff == null) {
            return;
        }
        List<FleetKiosk> kiosks = fleet.kiosks(staff);
        shownIds = kiosks.stream().map(FleetKiosk::id).collect(Collectors.toUnmodifiableSet());
        body.removeAll();
        long offline = kiosks.stream().filter(FleetKiosk::offline).count();
        long inUse = kiosks.stream().filter(k -> k.state() == FleetKiosk.State.MEMBER || k.state() == FleetKiosk.State.WARNING).count();
        Paragraph summary = new Paragraph(getTranslation("staff.fleet.summary", kiosks.size(), kiosks.size() - offline, inUse, offline));
        summary.setId("fleet-summary");
        summary.addClassName(offline > 0 ? "staff-alert" : "staff-note");
        Paragraph note = new Paragraph(getTranslation("staff.fleet.note", StaffFormats.dateTime(clock.instant(), zone()),
                StaffFormats.zoneName(zone())));
        note.addClassName("staff-muted");
        note.setId("fleet-note");
        body.add(summary, table(kiosks, staff.admin(), enrolments.devices(staff)), note);
    }

    private ZoneId zone() {
        return staff.admin() || staff.branchCode() == null ? StaffFormats.WIB
                : fleet.branch(staff, staff.branchCode()).map(b -> b.zone()).orElse(StaffFormats.WIB);
    }

    private Div table(List<FleetKiosk> kiosks, boolean withBranch, Map<String, KioskDevices.Device> devices) {
        Element table = new Element("table");
        table.setAttribute("id", "fleet");
        table.getClassList().add("staff-table");
        table.getClassList().add("fleet-table");
        Element head = new Element("tr");
        head(head, "staff.fleet.state");
        head(head, "staff.fleet.id");
        head(head, "staff.fleet.name");
        if (withBranch) {
            head(head, "staff.fleet.branch");
        }
        head(head, "staff.fleet.last-seen");
        head(head, "staff.fleet.printer");
        head(head, "staff.fleet.sessions-today").getClassList().add("staff-number");
        head(head, "staff.fleet.failed-today").getClassList().add("staff-number");
        head(head, "staff.fleet.enrolment");
        table.appendChild(new Element("thead").appendChild(head));
        Element rows = new Element("tbody");
        Instant now = clock.instant();
        for (FleetKiosk kiosk : kiosks) {
            String state = kiosk.state().name().toLowerCase(Locale.ROOT);
            Element row = new Element("tr").setAttribute("id", "kiosk-" + kiosk.id()).setAttribute("data-state", state);
            row.getClassList().add("fleet-" + state);
            Element badge = new Element("span").setText(getTranslation("staff.fleet.state." + state));
            badge.getClassList().add("fleet-badge");
            badge.getClassList().add("fleet-badge-" + state);
            Element stateCell = new Element("td").appendChild(badge);
            if (kiosk.stateSince() != null && !kiosk.offline()) {
                stateCell.appendChild(new Element("div").setText(getTranslation("staff.fleet.since", ago(kiosk.stateSince(), now))));
            }
            row.appendChild(stateCell);
            cell(row, kiosk.id()).getClassList().add("staff-code");
            Element name = cell(row, kiosk.name());
            name.appendChild(new Element("div").setText(kiosk.location()));
            if (withBranch) {
                cell(row, kiosk.branchName());
            }
            cell(row, kiosk.lastSeen() == null ? getTranslation("staff.fleet.never") : ago(kiosk.lastSeen(), now));
            Element printer = cell(row, getTranslation("staff.fleet.printer." + kiosk.printer().name().toLowerCase(Locale.ROOT)));
            printer.setAttribute("data-printer", kiosk.printer().name().toLowerCase(Locale.ROOT));
            if (kiosk.printer() == FleetKiosk.Printer.FAILED) {
                printer.getClassList().add("fleet-printer-failed");
            }
            if (kiosk.printer() != FleetKiosk.Printer.NONE) { // "no printer" already says which kind
                printer.appendChild(new Element("div").setText(getTranslation("staff.printer." + kiosk.printerType().configName())));
            }
            Element sessions = cell(row, String.valueOf(kiosk.sessionsToday()));
            sessions.getClassList().add("staff-number");
            sessions.setAttribute("data-column", "sessions-today");
            Element failed = cell(row, String.valueOf(kiosk.failedLoginsToday()));
            failed.getClassList().add("staff-number");
            row.appendChild(enrolmentCell(kiosk.id(), devices.get(kiosk.id()), now));
            rows.appendChild(row);
        }
        table.appendChild(rows);
        Div wrapper = new Div();
        wrapper.addClassName("staff-table-wrap");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    /** Enrolled since when (or not), a button for a new code, and one to revoke (tapped twice). */
    private Element enrolmentCell(String kioskId, KioskDevices.Device device, Instant now) {
        Element cell = new Element("td");
        String status = device != null ? getTranslation("staff.fleet.enrolled", ago(device.enrolledAt(), now))
                : enrolmentPolicy.required() ? getTranslation("staff.fleet.not-enrolled") : getTranslation("staff.fleet.not-required");
        cell.setAttribute("data-enrolled", Boolean.toString(device != null));
        cell.appendChild(new Element("div").setText(status));
        Button code = new Button(getTranslation("staff.fleet.enrol"), e -> showCode(kioskId));
        code.setId("enrol-" + kioskId);
        code.addClassName("staff-small-button");
        cell.appendChild(code.getElement());
        if (device != null) {
            Button revoke = new Button(getTranslation("staff.fleet.revoke"));
            revoke.setId("revoke-" + kioskId);
            revoke.addClassName("staff-small-button");
            revoke.addClickListener(e -> {
                if (!"confirm".equals(revoke.getElement().getAttribute("data-step"))) {
                    revoke.getElement().setAttribute("data-step", "confirm");
                    revoke.setText(getTranslation("staff.fleet.revoke.confirm"));
                    return;
                }
                enrolments.revoke(staff, kioskId);
                enrolmentMessage.setText(getTranslation("staff.fleet.revoked", kioskId));
                enrolmentMessage.setVisible(true);
                refresh();
            });
            cell.appendChild(revoke.getElement());
        }
        return cell;
    }

    private void showCode(String kioskId) {
        KioskDevices.EnrolmentCode code = enrolments.newCode(staff, kioskId);
        String shown = code.code().substring(0, 4) + " " + code.code().substring(4);
        enrolmentMessage.setText(getTranslation("staff.fleet.code", kioskId, shown, StaffFormats.dateTime(code.expiresAt(), zone())));
        enrolmentMessage.getElement().setAttribute("data-code", code.code());
        enrolmentMessage.setVisible(true);
    }

    /** "just now", "3 min ago", "2 h ago", "4 days ago": how long, which staff read faster than a time. */
    private String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return getTranslation("staff.fleet.ago.now");
        }
        if (d.compareTo(Duration.ofHours(1)) < 0) {
            return getTranslation("staff.fleet.ago.minutes", d.toMinutes());
        }
        if (d.compareTo(Duration.ofDays(1)) < 0) {
            return getTranslation("staff.fleet.ago.hours", d.toHours());
        }
        return getTranslation("staff.fleet.ago.days", d.toDays());
    }

    private Element head(Element row, String key) {
        Element th = new Element("th").setText(getTranslation(key)).setAttribute("scope", "col");
        row.appendChild(th);
        return th;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.fleet.page-title");
    }
}
