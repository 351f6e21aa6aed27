package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import id.kiosmandiri.staff.StaffAction;
import id.kiosmandiri.staff.StaffAuditLog;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in staff member sees on a staff page their role does not allow (a branch staff
 * member opening the accounts): "access denied" inside the staff shell, not the page, and the
 * attempt in the audit. Someone not signed in never gets here: they go to the login.
 */
@ParentLayout(StaffLayout.class)
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
public class StaffAccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final StaffContext staffContext;
    private final StaffAuditLog audit;

    StaffAccessDeniedView(StaffContext staffContext, StaffAuditLog audit) {
        this.staffContext = staffContext;
        this.audit = audit;
        addClassName("staff-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        staffContext.current().ifPresent(staff ->
                audit.record(staff, StaffAction.ACCESS_DENIED, event.getLocation().getPath(), staff.branchCode()));
        removeAll();
        Div box = new Div(new H1(getTranslation("staff.denied.title")), new Paragraph(getTranslation("staff.denied.text")),
                new RouterLink(getTranslation("staff.denied.back"), FleetView.class));
        box.setId("staff-access-denied");
        box.addClassName("staff-card");
        add(box);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
