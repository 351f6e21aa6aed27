package id.kiosmandiri.kiosk.ui;


import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.CardReads;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskPresence;
import id.kiosmandiri.kiosk.KioskState;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;


/**
 * The screen a kiosk shows while nobody uses it. While the application is not ready (readiness
 * refusing traffic: demo data still loading at start-up, or the server shutting down) it says the
 * kiosk is being prepared, offers no start and ignores the card reader, and shows the start by
 * itself once the server is ready (server push).
 */
@AnonymousAllowed
@Route("")
@JavaScript("context://kiosk.js")
public class AttractView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskIdentity identity;
    private final ApplicationAvailability availability;
    private final Paragraph branchName = new Paragraph();
    private final UnreadableCardNotice cardUnreadable;
    private final Paragraph preparing = new Paragraph();
    private final Div notEnrolled = new Div();
    private final Button start;
    private KioskConfig kiosk;
    private final ReadinessBroadcast readiness;
    private final KioskPresence presence;
    private Registration readinessChanges;

    AttractView(KioskIdentity identity, CardReads cardReads, ApplicationEventPublisher events,
                ApplicationAvailability availability, ReadinessBroadcast readiness, KioskPresence presence) {
        this.identity = identity;
        this.readiness = readiness;
        this.presence = presence;
        this.cardUnreadable = new UnreadableCardNotice(cardReads, events);
        this.availability = availability;
        addClassNames("kiosk-screen", "attract");
        // a card read here goes straight to the PIN
        getElement().setAttribute("data-card-target", "");
        getElement().addEventListener("kiosk-card", e -> cardRead(e.getEventData().get("event.detail.number").asString()))
                .addEventData("event.detail.number");

        Div top = new Div(new AccessibilityMenu(), new LanguageToggle());
        top.addClassName("attract-top");

        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("attract-logo");
        H1 title = new H1(getTranslation("attract.title"));
        title.addClassName("attract-title");
        branchName.setId("branch-name");
        branchName.addClassName("attract-branch");
        Paragraph what = new Paragraph(getTranslation("attract.what"));
        what.addClassName("attract-what");

        start = new Button(getTranslation("attract.start"));
        start.setId("start");
        start.addClassNames("kiosk-primary", "attract-start");
        start.addClickListener(e -> start.getUI().ifPresent(ui -> ui.navigate("login")));

        Paragraph help = new Paragraph(getTranslation("attract.help"));
        help.addClassName("attract-help");


        preparing.setText(getTranslation("attract.preparing"));
        preparing.setId("kiosk-preparing");
        preparing.addClassName("kiosk-preparing");
        preparing.getElement().setAttribute("role", "status");
        preparing.setVisible(false);

        // a browser that branch staff have not enrolled is no kiosk: it says so and what to do
        notEnrolled.setId("kiosk-not-enrolled");
        notEnrolled.addClassName("kiosk-not-enrolled");
        notEnrolled.getElement().setAttribute("role", "status");
        notEnrolled.add(new H1(getTranslation("enrol.not-enrolled.title")), new Paragraph(getTranslation("enrol.not-enrolled.what")));
        notEnrolled.setVisible(false);

        Div centre = new Div(logo, title, branchName, what, cardUnreadable, preparing, notEnrolled, start, help);
        centre.addClassName("attract-centre");
        add(top, centre);
        if (!identity.enrolmentRequired()) {
            Paragraph demo = new Paragraph(getTranslation("enrol.demo-notice"));
            demo.setId("demo-notice");
            demo.addClassName("demo-notice");
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // back here for any reason (logout, idle, a cancelled login, an error screen): the next
        // person starts with the default display
        AccessMode.reset(event.getUI());
        kiosk = identity.resolve(event).orElse(null);
        if (kiosk == null) {
            branchName.setText("");
            notEnrolled.setVisible(true);
            start.setVisible(false);
            preparing.setVisible(false);
            cardUnreadable.setVisible(false);
            return;
        }
        notEnrolled.setVisible(false);
        branchName.setText(identity.registry().branchOf(kiosk).name());
        presence.changed(kiosk.id(), KioskState.ATTRACT); // no member here: the fleet page says so
        showReadiness();
    }

    /** Not ready yet (readiness refusing traffic): no member may start. */
    private boolean preparing() {
        return availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC;
    }

    private void showReadiness() {
        if (kiosk == null) {
            return; // not enrolled: nothing to start, ready or not
        }
        boolean notReady = preparing();
        preparing.setVisible(notReady);
        start.setVisible(!notReady);
        if (notReady) {
            cardUnreadable.setVisible(false);
        }
    }

    /** A card goes on to the PIN; a read that is no card gets a plain message and goes nowhere. */
    private void cardRead(String read) {
        if (kiosk == null || preparing()) {
            return; // the login screen would refuse it too
        }
        cardUnreadable.read(read, kiosk.id(), card -> {
            VaadinSession.getCurrent().setAttribute(KioskContext.PENDING_CARD, card);
            getUI().ifPresent(ui -> ui.navigate("login"));
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // nothing of an earlier visitor stays in the browser's storage
        attachEvent.getUI().getPage().executeJs("try { sessionStorage.clear(); localStorage.clear(); } catch (e) {}");
        // readiness changes come by server push: a kiosk has no one to press reload
        UI ui = attachEvent.getUI();
        readinessChanges = readiness.onChange(() -> {
            if (ui.getSession().hasLock()) {
                showReadiness(); // published on this screen's own request thread
            } else {
                ui.access(this::showReadiness);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (readinessChanges != null) {
            readinessChanges.remove();
            readinessChanges = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
