package id.kiosmandiri.session.ui;

import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.kiosk.ui.AccessibilityMenu;
import id.kiosmandiri.kiosk.ui.LanguageToggle;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.session.SessionEndReason;


/**
 * The frame of every member screen: menu, display settings, language and a big "Keluar" on top,
 * the screen below.
 * Nobody reaches a member screen without a logged-in member: they go back to the attract screen.
 * Kiosk screens are open to anonymous users ({@code @AnonymousAllowed}, for Vaadin's view access
 * control): a member is no Spring Security user; the member session decides, here.
 */
@AnonymousAllowed
@JavaScript("context://kiosk.js")
public class MemberLayout extends Div implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver {

    private final MemberSessions memberSessions;
    private final Div content = new Div();
    private final Button home;
    private IdleGuard idleGuard;

    MemberLayout(MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        addClassNames("kiosk-screen", "member-layout");
        home = new Button(getTranslation("nav.home"), e -> getUI().ifPresent(ui -> ui.navigate("home")));
        home.setId("nav-home");
        home.addClassNames("kiosk-secondary", "nav-home");
        Button logout = new Button(getTranslation("nav.logout"), e -> memberSessions.logout(SessionEndReason.LOGOUT));
        logout.setId("logout");
        logout.addClassName("logout");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        Div top = new Div(home, spacer, new AccessibilityMenu(), new LanguageToggle(), logout);
        top.addClassName("screen-top");
        content.addClassName("member-content");
        add(top, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (MemberSessions.current().isEmpty()) {
            event.forwardTo(AttractView.class);
            return;
        }
        // this UI is the member's kiosk screen: its heartbeats say the kiosk is online
        KioskContext.markKioskScreen(event.getUI(), member().kioskId());
        if (idleGuard == null) {
            idleGuard = memberSessions.idleGuard();
            add(idleGuard);
        }
        home.setVisible(!"home".equals(event.getLocation().getPath()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        MemberSessions.rememberScreen(event.getLocation().getPathWithQueryParameters());
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

    /** The member of this screen; views are only shown when there is one. */
    public static MemberSession member() {
        return MemberSessions.current().orElseThrow();
    }
}
