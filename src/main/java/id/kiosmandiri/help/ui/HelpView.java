package id.kiosmandiri.help.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.help.CalledStaff;
import id.kiosmandiri.help.HelpRequest;
import id.kiosmandiri.help.HelpService;
import id.kiosmandiri.help.HelpTopic;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.kiosk.ui.KioskIdentity;
import id.kiosmandiri.kiosk.ui.ReadAloud;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.receipt.HtmlReceipt;
import com.vaadin.flow.dom.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.kiosmandiri.kiosk.ui.AccessibilityMenu;
import id.kiosmandiri.kiosk.ui.LanguageToggle;
import id.kiosmandiri.member.SecurityProperties;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.SessionEndReason;
import id.kiosmandiri.session.ui.IdleGuard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Help ("Bantuan"), for a logged-in member and for someone who cannot log in: the contacts, a short
 * answer to each frequent problem, and "Panggil petugas", which puts the kiosk in its branch's help
 * queue and shows the queue number until a staff member comes. Not a member screen (MemberLayout
 * demands a member), so it has its own top bar: back, language, and Keluar when a member is logged in.
 *
 * <p>One screen per task, each its own location, so the language toggle and the browser's back keep
 * it: {@code help}, {@code help?topic=pin} (an answer), {@code help?call=pick} (what about?) and
 * {@code help?request=<id>} (the queue number, of this kiosk's requests only).
 */
@AnonymousAllowed
@Route("help")
@JavaScript("context://kiosk.js")
class HelpView extends Div implements BeforeEnterObserver, HasDynamicTitle, ReadAloud.Spoken {

    private static final Logger log = LoggerFactory.getLogger(HelpView.class);

    static final String CALL_CENTRE = "175";
    static final String EMAIL = "care@bpjsketenagakerjaan.go.id";

    private final HelpService help;
    private final MemberSessions memberSessions;
    private final KioskIdentity identity;
    private final SecurityProperties security;
    private final QueueScreens queueScreens;
    private final Div top = new Div();
    private final Div body = new Div();

    private KioskConfig kiosk;
    private Optional<MemberSession> member = Optional.empty();
    private IdleGuard idleGuard;
    private Registration following;

    HelpView(HelpService help, MemberSessions memberSessions, KioskIdentity identity, SecurityProperties security,
             QueueScreens queueScreens) {
        this.help = help;
        this.memberSessions = memberSessions;
        this.identity = identity;
        this.security = security;
        this.queueScreens = queueScreens;
        setId("help-view");
        addClassNames("kiosk-screen", "help");
        top.addClassName("screen-top");
        body.addClassName("help-body");
        add(top, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kiosk = identity.resolve(event).orElse(null);
        member = MemberSessions.current();
        if (kiosk == null) { // not an enrolled kiosk: its start screen says so
            event.forwardTo(AttractView.class);
            return;
        }
        if (!kiosk.offers(KioskConfig.Feature.HELP)) {
            event.forwardTo(member.isPresent() ? "home" : "login");
            return;
        }
        // the member's kiosk screen, as MemberLayout marks it: its heartbeats say the kiosk is online
        member.ifPresent(m -> KioskContext.markKioskScreen(event.getUI(), m.kioskId()));
        if (idleGuard == null) {
            // a member who walked away is logged out; an anonymous screen goes back to the attract screen
            idleGuard = memberSessions.idleGuard();
            add(idleGuard);
        }
        unfollow();
        buildTop();
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Optional<HelpTopic> topic = first(params, "topic").flatMap(HelpTopic::fromId);
        Optional<HelpRequest> request = first(params, "request").flatMap(HelpView::number).flatMap(help::find)
                .filter(r -> r.kioskId().equals(kiosk.id()));
        if (request.isPresent()) {
            showQueue(request.get(), first(params, "ticket").orElse(null));
        } else if (topic.isPresent()) {
            showAnswer(topic.get());
        } else if (first(params, "call").isPresent()) {
            showPick();
        } else {
            memberSessions.used("help");
            showMain(first(params, "cancelled").isPresent());
        }
    }

    private void buildTop() {
        top.removeAll();
        boolean loggedIn = member.isPresent();
        Button back = new Button(getTranslation(loggedIn ? "help.exit.home" : "help.exit.login"),
                e -> getUI().ifPresent(ui -> ui.navigate(loggedIn ? "home" : "login")));
        back.setId("help-exit");
        back.addClassNames("kiosk-secondary", "nav-home");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        top.add(back, spacer, new AccessibilityMenu(), new LanguageToggle());
        if (loggedIn) {
            Button logout = new Button(getTranslation("nav.logout"), e -> memberSessions.logout(SessionEndReason.LOGOUT));
            logout.setId("logout");
            logout.addClassName("logout");
            top.add(logout);
        }
    }

    private void showMain(boolean cancelled) {
        body.removeAll();
        H1 title = new H1(getTranslation("help.title"));
        body.add(title);
        if (cancelled) {
            Paragraph note = new Paragraph(getTranslation("help.cancelled"));
            note.setId("help-cancelled");
            note.addClassName("notice");
            body.add(note);
        }
        body.add(contacts());
        H2 faq = new H2(getTranslation("help.faq.title"));
        Div topics = new Div();
        topics.setId("help-topics");
        topics.addClassName("help-topics");
        for (HelpTopic topic : HelpTopic.values()) {
            topics.add(topicButton(topic, () -> go(Map.of("topic", topic.id()))));
        }
        Button call = new Button(getTranslation("help.call-staff"), e -> go(Map.of("call", "pick")));
        call.setId("help-call-staff");
        call.addClassNames("kiosk-primary", "help-call");
        Paragraph callHint = new Paragraph(getTranslation("help.call-staff.hint"));
        callHint.addClassName("plain-line");
        body.add(faq, topics, call, callHint);
    }

    private Div contacts() {
        Branch branch = identity.registry().branchOf(kiosk);
        Div contacts = new Div();
        contacts.setId("help-contacts");
        contacts.addClassName("help-contacts");
        contacts.add(contact("help-contact-phone", getTranslation("help.contact.phone.label"),
                getTranslation("help.contact.phone", CALL_CENTRE)));
        contacts.add(contact("help-contact-email", getTranslation("help.contact.email.label"), EMAIL));
        StringBuilder office = new StringBuilder(branch.name());
        if (branch.address() != null) {
            office.append("\n").append(branch.address());
        }
        if (branch.hours() != null) {
            office.append("\n").append(getTranslation("help.contact.hours", branch.hours()));
        }
        contacts.add(contact("help-contact-branch", getTranslation("help.contact.branch.label"), office.toString()));
        return contacts;
    }

    private static Div contact(String id, String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("help-contact-value");
        v.setId(id);
        Div contact = new Div(l, v);
        contact.addClassName("help-contact");
        return contact;
    }

    private void showAnswer(HelpTopic topic) {
        body.removeAll();
        H1 title = new H1(getTranslation("help.topic." + topic.id()));
        Div answer = new Div();
        answer.setId("help-answer");
        answer.addClassName("help-answer");
        String text = topic == HelpTopic.PIN
                ? getTranslation("help.answer.pin", security.maxFailedPins(), security.pinLockMinutes(), CALL_CENTRE)
                : getTranslation("help.answer." + topic.id(), CALL_CENTRE);
        for (String part : text.split("\n")) {
            answer.add(new Paragraph(part));
        }
        Button call = new Button(getTranslation("help.call-staff.about"), e -> call(topic, e.getSource()));
        call.setId("help-call-staff");
        call.addClassNames("kiosk-primary", "help-call");
        body.add(title, answer, call, backButton());
    }

    private void showPick() {
        body.removeAll();
        H1 title = new H1(getTranslation("help.pick.title"));
        Div topics = new Div();
        topics.setId("help-pick");
        topics.addClassName("help-topics");
        for (HelpTopic topic : HelpTopic.values()) {
            Button[] button = new Button[1];
            button[0] = topicButton(topic, () -> call(topic, button[0]));
            topics.add(button[0]);
        }
        body.add(title, topics, backButton());
    }

    private Button topicButton(HelpTopic topic, Runnable action) {
        Span label = new Span(getTranslation("help.topic." + topic.id()));
        label.addClassName("help-topic-label"); // wraps onto two lines where a button's own text would not
        Button button = new Button(label, e -> action.run());
        button.setId("help-topic-" + topic.id());
        button.addClassNames("kiosk-choice", "help-topic");
        return button;
    }

    /** Puts the kiosk in the queue; the button stays disabled so a second tap makes no second request. */
    private void call(HelpTopic topic, Button source) {
        source.setEnabled(false);
        CalledStaff called = help.call(kiosk.id(), topic, member.map(MemberSession::memberId).orElse(null),
                member.map(MemberSession::kioskSessionId).orElse(null), getLocale());
        if (called.ticket() == CalledStaff.Ticket.IN_BROWSER) {
            printInBrowser(called.request());
        }
        go(Map.of("request", String.valueOf(called.request().id()), "ticket", called.ticket().name().toLowerCase()));
    }

    /**
     * The queue ticket on a kiosk whose browser prints (run with --kiosk-printing: no dialog), as receipts
     * are printed there: a print-only copy beside the screens, removed once the browser has printed it.
     */
    private void printInBrowser(HelpRequest request) {
        UI ui = UI.getCurrent();
        HtmlReceipt html = new HtmlReceipt(kiosk.printer().paperWidthMm());
        Div copy = new Div();
        copy.addClassName("receipt-print");
        copy.setId("queue-ticket-print");
        Element style = new Element("style");
        style.setText(html.css());
        copy.getElement().appendChild(style);
        copy.add(new Html(html.fragment(help.ticket(request, getLocale()))));
        ui.add(copy);
        ui.getPage().executeJs("window.print(); return true;").then(Boolean.class, done -> ui.remove(copy), error -> {
            log.warn("Browser printing of queue ticket {} failed at kiosk {}: {}", request.queueNumber(), kiosk.id(), error);
            ui.remove(copy);
        });
    }

    /** The queue number on screen, for read aloud; null on the other steps. */
    private HelpRequest queueShown;

    /** Read aloud: the queue number, when one is shown. */
    @Override
    public void speak(ReadAloud.Script script) {
        if (queueShown != null && body.getChildren().anyMatch(c -> c.getId().filter("queue-number"::equals).isPresent())) {
            script.say(getTranslation("speech.queue", String.valueOf(queueShown.queueNumber())));
        }
    }

    private void showQueue(HelpRequest request, String ticket) {
        body.removeAll();
        queueShown = request;
        H1 title = new H1(getTranslation("help.queue.title"));
        title.addClassName("help-queue-title");
        Div number = new Div();
        number.setId("queue-number");
        number.addClassName("queue-number");
        number.setText(String.valueOf(request.queueNumber()));
        Paragraph topic = new Paragraph(getTranslation("help.queue.topic", getTranslation("help.topic." + request.topic().id())));
        topic.setId("queue-topic");
        topic.addClassName("help-queue-topic");
        Paragraph status = new Paragraph();
        status.setId("queue-status");
        status.getElement().setAttribute("role", "status");
        Button cancel = new Button(getTranslation("help.cancel"), e -> cancel(request));
        cancel.setId("help-cancel");
        cancel.addClassNames("kiosk-secondary", "help-cancel");
        Button done = new Button(getTranslation("help.back"), e -> go(Map.of()));
        done.setId("help-back");
        done.addClassNames("kiosk-secondary");
        Div buttons = new Div(cancel, done);
        buttons.addClassName("help-buttons");
        body.add(title, number, topic, status);
        ticketNote(ticket).ifPresent(body::add);
        body.add(buttons);
        showStatus(status, cancel, request.status());
        if (request.status().open()) {
            UI ui = UI.getCurrent();
            following = queueScreens.follow(ui, request.id(), request.status(), now -> showStatus(status, cancel, now));
        }
    }

    private void showStatus(Paragraph status, Button cancel, AssistanceStatus now) {
        status.setText(getTranslation("help.queue.status." + now.name().toLowerCase()));
        status.getElement().setAttribute("data-status", now.name().toLowerCase());
        status.setClassName("help-on-the-way", now == AssistanceStatus.TAKEN);
        cancel.setVisible(now == AssistanceStatus.WAITING);
    }

    private Optional<Paragraph> ticketNote(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        String key = switch (ticket) {
            case "printed", "in_browser" -> "help.ticket.printed";
            case "failed" -> "help.ticket.failed";
            default -> "help.ticket.screen-only";
        };
        Paragraph note = new Paragraph(getTranslation(key));
        note.setId("queue-ticket");
        note.addClassName("failed".equals(ticket) ? "notice" : "plain-line");
        return Optional.of(note);
    }

    private void cancel(HelpRequest request) {
        if (help.cancel(request.id(), kiosk.id())) {
            go(Map.of("cancelled", "1"));
        } else {
            // a staff member took it meanwhile: show what it is now
            go(Map.of("request", String.valueOf(request.id())));
        }
    }

    private Button backButton() {
        Button back = new Button(getTranslation("help.back"), e -> go(Map.of()));
        back.setId("help-back");
        back.addClassNames("kiosk-secondary", "login-back");
        return back;
    }

    private void go(Map<String, String> parameters) {
        getUI().ifPresent(ui -> ui.navigate("help", QueryParameters.simple(parameters)));
    }

    private void unfollow() {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unfollow();
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
