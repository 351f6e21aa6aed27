package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.communication.PushMode;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.staff.StaffContext;

import java.util.List;

/**
 * The staff login: a plain form that the browser posts to Spring Security ({@code staff/login}).
 * A failed login comes back with {@code ?error} and one plain message for every cause (so it does
 * not tell whether the username exists), a throttled one with {@code ?wait=<seconds>}, a logout
 * with {@code ?logout}. Someone already signed in goes to their start page.
 */
@Route(value = "staff/login", autoLayout = false)
@AnonymousAllowed
@StyleSheet("staff.css")
public class StaffLoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffContext staffContext;

    StaffLoginView(StaffContext staffContext) {
        this.staffContext = staffContext;
        addClassNames("staff-screen", "staff-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a plain form that leaves the page: no push connection, which the login's new session
        // would cut from under the old page while the browser already loads the next one
        event.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
        var signedIn = staffContext.current();
        if (signedIn.isPresent()) {
            event.forwardTo(startPage(signedIn.get()));
            return;
        }
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();

        Div box = new Div();
        box.addClassName("staff-login-box");
        Span brand = new Span(getTranslation("staff.brand"));
        brand.addClassName("staff-login-brand");
        Div top = new Div(brand, new StaffLanguageToggle());
        top.addClassName("staff-login-top");
        H1 title = new H1(getTranslation("staff.login.title"));
        Paragraph lead = new Paragraph(getTranslation("staff.login.lead"));
        lead.addClassName("staff-muted");
        box.add(top, title, lead);

        if (query.getParameters().containsKey("error")) {
            box.add(message("staff-login-error", getTranslation("staff.login.error"), "staff-alert"));
        }
        List<String> wait = query.getParameters().getOrDefault("wait", List.of());
        if (!wait.isEmpty()) {
            box.add(message("staff-login-throttled", waitText(wait.getFirst()), "staff-alert"));
        }
        if (query.getParameters().containsKey("logout")) {
            box.add(message("staff-login-out", getTranslation("staff.login.logged-out"), "staff-note"));
        }

        // posted by the browser to Spring Security; the base URL is the application root
        PlainForm form = new PlainForm("post", "staff/login");
        form.addClassName("staff-login-form");
        form.add(label("staff-username", "staff.login.username"));
        form.getElement().appendChild(input("staff-username", "username", "text", "username").setAttribute("autofocus", ""));
        form.add(label("staff-password", "staff.login.password"));
        form.getElement().appendChild(input("staff-password", "password", "password", "current-password"));
        Element submit = new Element("button").setAttribute("type", "submit").setText(getTranslation("staff.login.submit"));
        submit.setAttribute("id", "staff-login");
        submit.getClassList().add("staff-primary");
        form.getElement().appendChild(submit);
        box.add(form);
        add(box);
    }

    /** An admin's start page (the accounts, until the fleet of all branches is built) or a branch's kiosks. */
    static String startPage(CurrentStaff staff) {
        return staff.admin() ? "staff/accounts" : "staff";
    }

    private String waitText(String seconds) {
        long wait;
        try {
            wait = Math.max(1, Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            wait = 60;
        }
        return wait < 120 ? getTranslation("staff.login.throttled.seconds", wait)
                : getTranslation("staff.login.throttled.minutes", (wait + 59) / 60);
    }

    private static Paragraph message(String id, String text, String className) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName(className);
        p.getElement().setAttribute("role", "alert");
        return p;
    }

    private NativeLabel label(String forId, String key) {
        NativeLabel label = new NativeLabel(getTranslation(key));
        label.setFor(forId);
        return label;
    }

    /** A bare input, not a Vaadin field: its value goes with the form post, never into the UI's state. */
    private static Element input(String id, String name, String type, String autocomplete) {
        return new Element("input").setAttribute("id", id).setAttribute("name", name).setAttribute("type", type)
                .setAttribute("autocomplete", autocomplete).setAttribute("required", "").setAttribute("maxlength", "128")
                .setAttribute("autocapitalize", "none").setAttribute("spellcheck", "false");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.login.page-title");
    }
}
