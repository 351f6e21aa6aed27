package id.kiosmandiri.staff.ui;

import static id.kiosmandiri.staff.ui.StaffTables.cell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.profile.PendingChange;
import id.kiosmandiri.profile.ProfileChangeService;
import id.kiosmandiri.staff.ApprovalRefusal;
import id.kiosmandiri.staff.ContactApprovals;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.staff.FleetService;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Members' contact changes waiting for staff: one row per pending request ({@code change-<id>}) with
 * kiosk, time, member (name, KPJ masked), field and the old and new values in full (staff approve
 * them). "Pilih" on a row opens its decision below the table: {@code approve}, or {@code reject}
 * with a reason the member will read. The page reads the list again after every decision. Branch
 * isolation and the audit are the service's ({@link ContactApprovals}).
 */
@Route(value = "staff/approvals", layout = StaffLayout.class)
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
class ApprovalsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffContext staffContext;
    private final ContactApprovals approvals;
    private final FleetService fleet;
    private final Paragraph message = new Paragraph();
    private final Div list = new Div();
    private final Div decision = new Div();
    private CurrentStaff staff;
    private List<PendingChange> shown = List.of();

    ApprovalsView(StaffContext staffContext, ContactApprovals approvals, FleetService fleet) {
        this.staffContext = staffContext;
        this.approvals = approvals;
        this.fleet = fleet;
        addClassNames("staff-page", "staff-approvals");
        message.setId("approvals-message");
        message.setVisible(false);
        decision.setId("approval-decision");
        decision.addClassName("staff-card");
        decision.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        staff = staffContext.require();
        removeAll();
        Paragraph note = new Paragraph(getTranslation("staff.approvals.note"));
        note.addClassName("staff-muted");
        add(new H1(getTranslation("staff.approvals.title")), note, message, list, decision);
        refresh();
    }

    /** Reads the pending requests again and shows them; any open decision closes. */
    void refresh() {
        shown = approvals.pending(staff);
        decision.setVisible(false);
        decision.removeAll();
        list.removeAll();
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("staff.approvals.none"));
            none.setId("approvals-none");
            none.addClassName("staff-note");
            list.add(none);
        }
        list.add(table());
    }

    private Div table() {
        ZoneId zone = zone();
        Element table = new Element("table");
        table.setAttribute("id", "approvals");
        table.getClassList().add("staff-table");
        Element head = new Element("tr");
        for (String key : new String[]{"kiosk", "time", "member", "field", "old", "new", "action"}) {
            head.appendChild(new Element("th").setText(getTranslation("staff.approvals." + key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element rows = new Element("tbody");
        for (PendingChange change : shown) {
            Element row = new Element("tr").setAttribute("id", "change-" + change.id())
                    .setAttribute("data-field", change.field().name().toLowerCase(Locale.ROOT));
            cell(row, change.kioskId()).getClassList().add("staff-code");
            cell(row, StaffFormats.dateTime(change.requestedAt(), zone));
            Element member = cell(row, change.memberName());
            member.appendChild(new Element("div").setText(change.maskedKpj()));
            cell(row, fieldName(change.field()));
            cell(row, change.oldValue() == null ? getTranslation("staff.approvals.empty") : change.oldValue());
            cell(row, change.newValue()).getClassList().add("approvals-new");
            Button select = new Button(getTranslation("staff.approvals.select"), e -> open(change));
            select.setId("select-" + change.id());
            select.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.appendChild(new Element("td").appendChild(select.getElement()));
            rows.appendChild(row);
        }
        table.appendChild(rows);
        Div wrapper = new Div();
        wrapper.addClassName("staff-table-wrap");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    /** The decision on one request, below the table. */
    void open(PendingChange change) {
        decision.removeAll();
        H2 heading = new H2(getTranslation("staff.approvals.decide", String.valueOf(change.id()), fieldName(change.field())));
        Paragraph values = new Paragraph(getTranslation("staff.approvals.values", change.memberName(),
                change.oldValue() == null ? getTranslation("staff.approvals.empty") : change.oldValue(), change.newValue()));
        values.setId("approval-values");
        Button approve = new Button(getTranslation("staff.approvals.approve"), e -> decide(() -> approvals.approve(staffContext.require(), change.id()),
                "staff.approvals.approved", change.id()));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        TextField reason = new TextField(getTranslation("staff.approvals.reason"));
        reason.setId("reject-reason");
        reason.setHelperText(getTranslation("staff.approvals.reason.help"));
        reason.setMaxLength(ProfileChangeService.REASON_MAX);
        reason.setWidth("420px");
        Button reject = new Button(getTranslation("staff.approvals.reject"), e -> decide(
                () -> approvals.reject(staffContext.require(), change.id(), reason.getValue()), "staff.approvals.rejected", change.id()));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div rejectRow = new Div(reason, reject);
        rejectRow.addClassName("staff-form-row");
        decision.add(heading, values, approve, rejectRow);
        decision.setVisible(true);
        message.setVisible(false);
    }

    private void decide(Runnable action, String doneKey, long id) {
        try {
            action.run();
            say(getTranslation(doneKey, String.valueOf(id)), "staff-note");
            refresh();
        } catch (ApprovalRefusal refusal) {
            say(getTranslation(refusal.messageKey()), "staff-alert");
            if (!"staff.approvals.error.invalid-reason".equals(refusal.messageKey())) {
                refresh(); // decided elsewhere, gone, or changed meanwhile: show the list as it is now
            }
        }
    }

    private void say(String text, String kind) {
        message.setText(text);
        message.setClassName("staff-note", "staff-note".equals(kind));
        message.setClassName("staff-alert", "staff-alert".equals(kind));
        message.getElement().setAttribute("role", "staff-alert".equals(kind) ? "alert" : "status");
        message.setVisible(true);
    }

    private String fieldName(ContactField field) {
        return getTranslation("staff.approvals.field." + field.name().toLowerCase(Locale.ROOT));
    }

    private ZoneId zone() {
        return staff.admin() || staff.branchCode() == null ? StaffFormats.WIB
                : fleet.branch(staff, staff.branchCode()).map(Branch::zone).orElse(StaffFormats.WIB);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.approvals.title");
    }
}
