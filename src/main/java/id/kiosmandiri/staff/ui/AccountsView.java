package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.staff.FleetService;
import id.kiosmandiri.staff.NewStaffAccount;
import id.kiosmandiri.staff.StaffAccountException;
import id.kiosmandiri.staff.StaffAccountService;
import id.kiosmandiri.staff.StaffAccountSummary;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff accounts, for admins only ({@code @RolesAllowed}; the service refuses anyone else too):
 * the list, paged in SQL, a new account (its password made by the application and shown once),
 * disable or enable, and a new password. Every change is audited by the service.
 */
@Route(value = "staff/accounts", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_ROLE)
class AccountsView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final StaffContext staffContext;
    private final StaffAccountService accounts;
    private final Map<String, String> branchNames;
    private final Grid<StaffAccountSummary> grid = new Grid<>(PAGE_SIZE);
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<StaffRole> role = new Select<>();
    private final Select<String> branch = new Select<>();
    private final Paragraph error = new Paragraph();

    AccountsView(StaffContext staffContext, StaffAccountService accounts, FleetService fleet) {
        this.staffContext = staffContext;
        this.accounts = accounts;
        List<Branch> branches = fleet.branches(staffContext.require());
        this.branchNames = branches.stream().collect(Collectors.toMap(Branch::code, Branch::name));
        addClassName("staff-page");
        add(new H1(getTranslation("staff.accounts.title")), createForm(branches), list());
    }

    private Div createForm(List<Branch> branches) {
        H2 heading = new H2(getTranslation("staff.accounts.new"));
        username.setId("account-username");
        username.setLabel(getTranslation("staff.accounts.username"));
        username.setHelperText(getTranslation("staff.accounts.username.help"));
        username.setMaxLength(32);
        displayName.setId("account-name");
        displayName.setLabel(getTranslation("staff.accounts.name"));
        displayName.setMaxLength(120);
        role.setId("account-role");
        role.setLabel(getTranslation("staff.accounts.role"));
        role.setItems(StaffRole.BRANCH_STAFF, StaffRole.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("staff.role." + r.name().toLowerCase(Locale.ROOT)));
        role.setValue(StaffRole.BRANCH_STAFF);
        branch.setId("account-branch");
        branch.setLabel(getTranslation("staff.accounts.branch"));
        branch.setItems(branches.stream().map(Branch::code).toList());
        branch.setItemLabelGenerator(code -> code == null ? getTranslation("staff.accounts.branch.none") : branchNames.getOrDefault(code, code));
        branch.setEmptySelectionAllowed(true);
        branch.setEmptySelectionCaption(getTranslation("staff.accounts.branch.none"));
        Button create = new Button(getTranslation("staff.accounts.create"), e -> create());
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("account-error");
        error.addClassName("staff-alert");
        error.setVisible(false);
        Div fields = new Div(username, displayName, role, branch, create);
        fields.addClassName("staff-form-row");
        Div form = new Div(heading, fields, error);
        form.addClassName("staff-card");
        return form;
    }

    private Div list() {
        grid.setId("accounts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // every account in the list (a branch office has a handful), still fetched a page at a time in SQL
        grid.setAllRowsVisible(true);
        grid.addColumn(StaffAccountSummary::username).setHeader(getTranslation("staff.accounts.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(StaffAccountSummary::displayName).setHeader(getTranslation("staff.accounts.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("staff.role." + a.role().name().toLowerCase(Locale.ROOT))).setHeader(getTranslation("staff.accounts.role"))
                .setKey("role").setAutoWidth(true);
        grid.addColumn(a -> a.branchCode() == null ? getTranslation("staff.all-branches") : branchNames.getOrDefault(a.branchCode(), a.branchCode()))
                .setHeader(getTranslation("staff.accounts.branch")).setKey("branch").setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "staff.accounts.enabled" : "staff.accounts.disabled"))
                .setHeader(getTranslation("staff.accounts.status")).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.accounts.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        // one page of accounts per query, in SQL
        grid.setItems(query -> accounts.accounts(staffContext.require(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.count(staffContext.require()));
        Div card = new Div(new H2(getTranslation("staff.accounts.list")), grid);
        card.addClassName("staff-card");
        return card;
    }

    private Div actions(StaffAccountSummary account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "staff.accounts.disable" : "staff.accounts.enable"),
                e -> setEnabled(account, !account.enabled()));
        toggle.setId("account-toggle-" + account.username());
        if (account.id() == staffContext.require().accountId()) {
            toggle.setEnabled(false); // nobody disables their own account (the service refuses it too)
            toggle.setTooltipText(getTranslation("staff.accounts.error.self"));
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        Button reset = new Button(getTranslation("staff.accounts.reset"), e -> confirmReset(account));
        reset.setId("account-reset-" + account.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(toggle, reset);
        actions.addClassName("staff-actions");
        return actions;
    }

    private void create() {
        try {
            StaffAccountService.Created created = accounts.create(staffContext.require(),
                    new NewStaffAccount(username.getValue(), displayName.getValue(), role.getValue(), branch.getValue()));
            username.clear();
            displayName.clear();
            error.setVisible(false);
            grid.getDataProvider().refreshAll();
            showPassword("staff.accounts.created", created.account().username(), created.password());
        } catch (StaffAccountException e) {
            error.setText(getTranslation(e.messageKey()));
            error.setVisible(true);
        }
    }

    private void setEnabled(StaffAccountSummary account, boolean enabled) {
        try {
            accounts.setEnabled(staffContext.require(), account.id(), enabled);
            error.setVisible(false);
        } catch (StaffAccountException e) {
            error.setText(getTranslation(e.messageKey()));
            error.setVisible(true);
        }
        grid.getDataProvider().refreshAll();
    }

    private void confirmReset(StaffAccountSummary account) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("staff.accounts.reset.title", account.username()));
        confirm.add(new Paragraph(getTranslation("staff.accounts.reset.text")));
        Button yes = new Button(getTranslation("staff.accounts.reset.confirm"), e -> {
            confirm.close();
            try {
                String password = accounts.resetPassword(staffContext.require(), account.id());
                showPassword("staff.accounts.reset.done", account.username(), password);
            } catch (StaffAccountException ex) {
                error.setText(getTranslation(ex.messageKey()));
                error.setVisible(true);
            }
        });
        yes.setId("account-reset-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("staff.cancel"), e -> confirm.close());
        no.setId("account-reset-cancel");
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    /** The new password, shown once: it is stored nowhere but as a hash. */
    private void showPassword(String key, String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(key, username));
        Span value = new Span(password);
        value.setId("account-password");
        value.addClassName("staff-password");
        Paragraph hint = new Paragraph(getTranslation("staff.accounts.password.hint"));
        hint.addClassName("staff-muted");
        dialog.add(value, hint);
        Button close = new Button(getTranslation("staff.close"), e -> dialog.close());
        close.setId("account-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.accounts.page-title");
    }
}
