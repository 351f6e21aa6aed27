package id.kiosmandiri.kiosk.ui;


import com.vaadin.flow.component.AttachEvent;
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
import id.kiosmandiri.kiosk.CardReads;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import org.springframework.context.ApplicationEventPublisher;


/** The screen a kiosk shows while nobody uses it. */
@Route("")
@JavaScript("context://kiosk.js")
public class AttractView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskRegistry registry;
    private final Paragraph branchName = new Paragraph();
    private final UnreadableCardNotice cardUnreadable;
    private KioskConfig kiosk;

    AttractView(KioskRegistry registry, CardReads cardReads, ApplicationEventPublisher events) {
        this.registry = registry;
        this.cardUnreadable = new UnreadableCardNotice(cardReads, events);
        addClassNames("kiosk-screen", "attract");
        // a card read here goes straight to the PIN
        getElement().setAttribute("data-card-target", "");
        getElement().addEventListener("kiosk-card", e -> cardRead(e.getEventData().get("event.detail.number").asString()))
                .addEventData("event.detail.number");

        Div top = new Div(new LanguageToggle());
        top.addClassName("attract-top");

        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("attract-logo");
        H1 title = new H1(getTranslation("attract.title"));
        title.addClassName("attract-title");
        branchName.setId("branch-name");
        branchName.addClassName("attract-branch");
        Paragraph what = new Paragraph(getTranslation("attract.what"));
        what.addClassName("attract-what");

        Button start = new Button(getTranslation("attract.start"));
        start.setId("start");
        start.addClassNames("kiosk-primary", "attract-start");
        start.addClickListener(e -> start.getUI().ifPresent(ui -> ui.navigate("login")));

        Paragraph help = new Paragraph(getTranslation("attract.help"));
        help.addClassName("attract-help");


        Div centre = new Div(logo, title, branchName, what, cardUnreadable, start, help);
        centre.addClassName("attract-centre");
        add(top, centre);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kiosk = KioskContext.resolve(event, registry);
        branchName.setText(registry.branchOf(kiosk).name());
    }

    /** A card goes on to the PIN; a read that is no card gets a plain message and goes nowhere. */
    private void cardRead(String read) {
        cardUnreadable.read(read, kiosk.id(), card -> {
            VaadinSession.getCurrent().setAttribute(KioskContext.PENDING_CARD, card);
            getUI().ifPresent(ui -> ui.navigate("login"));
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // nothing of an earlier visitor stays in the browser's storage
        attachEvent.getUI().getPage().executeJs("try { sessionStorage.clear(); localStorage.clear(); } catch (e) {}");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
