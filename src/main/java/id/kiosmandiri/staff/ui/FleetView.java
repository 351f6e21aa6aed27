package id.kiosmandiri.staff.ui;

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
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * The staff start page: the kiosks this staff member may see (their branch's; an admin's, every
 * branch's) from the kiosk configuration: id, name, location, printer. One row per kiosk,
 * {@code kiosk-<ID>}. Live state (online, in use, printer faults) comes with the live fleet; until
 * then the rows carry no {@code data-state}, since nothing here knows it.
 */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
class FleetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffContext staffContext;
    private final FleetService fleet;

    FleetView(StaffContext staffContext, FleetService fleet) {
        this.staffContext = staffContext;
        this.fleet = fleet;
        addClassName("staff-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentStaff staff = staffContext.require();
        List<FleetKiosk> kiosks = fleet.kiosks(staff);
        removeAll();
        H1 title = new H1(staff.admin() ? getTranslation("staff.fleet.title.all")
                : getTranslation("staff.fleet.title.branch",
                fleet.branch(staff, staff.branchCode()).map(b -> b.name()).orElse(staff.branchCode())));
        Paragraph note = new Paragraph(getTranslation("staff.fleet.note", kiosks.size()));
        note.addClassName("staff-muted");
        note.setId("fleet-note");
        add(title, note, table(kiosks, staff.admin()));
    }

    private Div table(List<FleetKiosk> kiosks, boolean withBranch) {
        Element table = new Element("table");
        table.setAttribute("id", "fleet");
        table.getClassList().add("staff-table");
        Element head = new Element("tr");
        head(head, "staff.fleet.id");
        head(head, "staff.fleet.name");
        head(head, "staff.fleet.location");
        if (withBranch) {
            head(head, "staff.fleet.branch");
        }
        head(head, "staff.fleet.printer");
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (FleetKiosk kiosk : kiosks) {
            Element row = new Element("tr").setAttribute("id", "kiosk-" + kiosk.id());
            cell(row, kiosk.id()).getClassList().add("staff-code");
            cell(row, kiosk.name());
            cell(row, kiosk.location());
            if (withBranch) {
                cell(row, kiosk.branchName());
            }
            cell(row, getTranslation("staff.printer." + kiosk.printer().configName()));
            body.appendChild(row);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("staff-table-wrap");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private void head(Element row, String key) {
        row.appendChild(new Element("th").setText(getTranslation(key)).setAttribute("scope", "col"));
    }

    private static Element cell(Element row, String text) {
        Element cell = new Element("td").setText(text == null ? "" : text);
        row.appendChild(cell);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.fleet.page-title");
    }
}
