package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kiosmandiri.staff.AuditEntry;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.staff.FleetService;
import id.kiosmandiri.staff.StaffAuditLog;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The staff audit, for admins only: newest first, fetched one page at a time in SQL as the list
 * scrolls. Times in the admin's branch zone (WIB without a branch).
 */
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_ROLE)
class AuditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final StaffContext staffContext;
    private final StaffAuditLog audit;
    private final FleetService fleet;

    AuditView(StaffContext staffContext, StaffAuditLog audit, FleetService fleet) {
        this.staffContext = staffContext;
        this.audit = audit;
        this.fleet = fleet;
        addClassName("staff-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentStaff staff = staffContext.require();
        ZoneId zone = staff.branchCode() == null ? StaffFormats.WIB
                : fleet.branch(staff, staff.branchCode()).map(b -> b.zone()).orElse(StaffFormats.WIB);
        removeAll();
        Paragraph count = new Paragraph(getTranslation("staff.audit.count", audit.count(staff)));
        count.setId("audit-count");
        count.addClassName("staff-muted");

        Grid<AuditEntry> grid = new Grid<>(PAGE_SIZE);
        grid.setId("audit");
        grid.addClassName("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> StaffFormats.dateTime(e.occurredAt(), zone))
                .setHeader(getTranslation("staff.audit.time", StaffFormats.zoneName(zone))).setKey("time").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("staff.audit.user")).setKey("user").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("staff.audit.action." + e.action().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("staff.audit.action")).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("staff.audit.detail"))
                .setKey("detail").setFlexGrow(1).setWidth("320px");
        grid.addColumn(e -> e.branchCode() == null ? "" : e.branchCode()).setHeader(getTranslation("staff.audit.branch"))
                .setKey("branch").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("staff.audit.address")).setKey("address").setAutoWidth(true).setFlexGrow(0);
        // newest first, one page per query, in SQL
        grid.setItems(query -> audit.page(staffContext.require(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(staffContext.require())));
        add(new H1(getTranslation("staff.audit.title")), count, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.audit.page-title");
    }
}
