package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.staff.FleetService;
import id.kiosmandiri.staff.StaffAccountService;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

/**
 * The staff shell: who is signed in (name and branch), the staff pages this role may open, the
 * language and "Keluar" ({@code staff-logout}). Desktop and landscape first: staff work at PCs.
 * It shares nothing with the kiosk shell.
 *
 * <p>On every navigation it checks that the account may still act as it signed in (not disabled
 * since, same role and branch) and that no member is signed in to a kiosk in the same browser
 * session; otherwise the staff member is signed out.
 */
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
@StyleSheet("staff.css")
public class StaffLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final StaffContext staffContext;
    private final StaffAccountService accounts;
    private final FleetService fleet;
    private final AuthenticationContext authentication;
    private final Div top = new Div();
    private final Div content = new Div();

    StaffLayout(StaffContext staffContext, StaffAccountService accounts, FleetService fleet, AuthenticationContext authentication) {
        this.staffContext = staffContext;
        this.accounts = accounts;
        this.fleet = fleet;
        this.authentication = authentication;
        addClassNames("staff-screen", "staff-layout");
        top.addClassName("staff-top");
        content.addClassName("staff-content");
        add(top, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentStaff staff = staffContext.require();
        if (MemberSessions.current().isPresent() || !accounts.stillValid(staff)) {
            authentication.logout(); // audited as a logout; the browser goes to the login page
            event.rerouteTo(StaffLoginView.class);
            return;
        }
        top.removeAll();
        Span brand = new Span(getTranslation("staff.brand"));
        brand.addClassName("staff-brand");
        Div nav = new Div();
        nav.addClassName("staff-nav");
        nav.add(link("staff-nav-fleet", "staff.nav.fleet", FleetView.class));
        nav.add(link("staff-nav-help", "staff.nav.help", HelpQueueView.class));
        nav.add(link("staff-nav-analytics", "staff.nav.analytics", AnalyticsView.class));
        nav.add(link("staff-nav-approvals", "staff.nav.approvals", ApprovalsView.class));
        nav.add(link("staff-nav-members", "staff.nav.members", MemberUnlockView.class));
        if (staff.admin()) {
            nav.add(link("staff-nav-accounts", "staff.nav.accounts", AccountsView.class));
            nav.add(link("staff-nav-audit", "staff.nav.audit", AuditView.class));
        }
        Span user = new Span(staff.displayName() + " · " + branchText(staff));
        user.setId("staff-user");
        user.addClassName("staff-user");
        Button logout = new Button(getTranslation("staff.logout"), e -> authentication.logout());
        logout.setId("staff-logout");
        logout.addClassName("staff-logout");
        Div spacer = new Div();
        spacer.addClassName("staff-spacer");
        top.add(brand, nav, spacer, user, new StaffLanguageToggle(), logout);
    }

    private String branchText(CurrentStaff staff) {
        if (staff.branchCode() == null) {
            return getTranslation("staff.all-branches");
        }
        return fleet.branch(staff, staff.branchCode()).map(b -> b.name()).orElse(staff.branchCode());
    }

    private RouterLink link(String id, String key, Class<? extends com.vaadin.flow.component.Component> view) {
        RouterLink link = new RouterLink(getTranslation(key), view);
        link.setId(id);
        link.setHighlightCondition(HighlightConditions.sameLocation());
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }
}
