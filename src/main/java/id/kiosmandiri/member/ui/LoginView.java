package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.CardReads;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.ui.KioskIdentity;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.member.Identifiers;
import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.member.LoginResult;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.session.ui.IdleGuard;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.kiosk.ui.UnreadableCardNotice;
import id.kiosmandiri.kiosk.ui.AccessibilityMenu;
import id.kiosmandiri.kiosk.ui.LanguageToggle;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.kiosk.ui.NumericKeypad;
import id.kiosmandiri.kiosk.ui.PinEntry;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Login in three steps on one screen: choose how (card, NIK or KPJ), type the number on the
 * keypad, then the 6-digit PIN. A card swipe jumps straight to the PIN. While the kiosk is being
 * prepared (readiness refusing traffic, e.g. demo data loading) it sends the browser back to the
 * attract screen, which says so.
 */
@AnonymousAllowed
@Route("login")
@JavaScript("context://kiosk.js")
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberAuthService auth;
    private final MemberSessions memberSessions;
    private final KioskIdentity identity;
    private final Clock clock;
    private final KioskTime kioskTime;
    private final ApplicationAvailability availability;
    private final Div body = new Div();
    private final UnreadableCardNotice cardUnreadable;

    private KioskConfig kiosk;
    private IdleGuard idleGuard;
    private LoginMethod method;
    private String number;

    LoginView(MemberAuthService auth, MemberSessions memberSessions, KioskIdentity identity, Clock clock,
              CardReads cardReads, ApplicationEventPublisher events, KioskTime kioskTime,
              ApplicationAvailability availability) {
        this.auth = auth;
        this.memberSessions = memberSessions;
        this.identity = identity;
        this.clock = clock;
        this.cardUnreadable = new UnreadableCardNotice(cardReads, events);
        this.kioskTime = kioskTime;
        this.availability = availability;
        setId("login-view");
        addClassNames("kiosk-screen", "login");
        getElement().setAttribute("data-card-target", "");
        getElement().addEventListener("kiosk-card", e -> cardRead(e.getEventData().get("event.detail.number").asString()))
                .addEventData("event.detail.number");

        Button cancel = new Button(getTranslation("login.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(AttractView.class)));
        cancel.setId("login-cancel");
        cancel.addClassName("kiosk-secondary");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        Div top = new Div(cancel, spacer, new AccessibilityMenu(), new LanguageToggle());
        top.addClassName("screen-top");
        body.addClassName("login-body");
        add(top, cardUnreadable, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kiosk = identity.resolve(event).orElse(null);
        if (kiosk == null) { // not an enrolled kiosk: its start screen says so
            VaadinSession.getCurrent().setAttribute(KioskContext.PENDING_CARD, null);
            event.forwardTo(AttractView.class);
            return;
        }
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            VaadinSession.getCurrent().setAttribute(KioskContext.PENDING_CARD, null);
            event.forwardTo(AttractView.class);
            return;
        }
        if (MemberSessions.current().isPresent()) {
            event.forwardTo("home");
            return;
        }
        if (idleGuard == null) {
            // a number half typed is not left for the next person either
            idleGuard = memberSessions.idleGuard();
            add(idleGuard);
        }
        String pending = (String) VaadinSession.getCurrent().getAttribute(KioskContext.PENDING_CARD);
        VaadinSession.getCurrent().setAttribute(KioskContext.PENDING_CARD, null);
        if (pending != null) {
            cardRead(pending);
        } else {
            showChoice();
        }
    }

    private void showChoice() {
        cardUnreadable.setVisible(false);
        method = null;
        number = null;
        H1 title = new H1(getTranslation("login.title"));

        Image cardImage = new Image("images/card-reader.svg", "");
        cardImage.addClassName("card-hint-image");
        Paragraph cardText = new Paragraph(getTranslation("login.card.hint"));
        Div cardHint = new Div(cardImage, cardText);
        cardHint.setId("login-card-hint");
        cardHint.addClassName("card-hint");

        Paragraph or = new Paragraph(getTranslation("login.or"));
        or.addClassName("login-or");
        Button byNik = new Button(getTranslation("login.by-nik"), e -> showNumberEntry(LoginMethod.NIK));
        byNik.setId("login-by-nik");
        Button byKpj = new Button(getTranslation("login.by-kpj"), e -> showNumberEntry(LoginMethod.KPJ));
        byKpj.setId("login-by-kpj");
        byNik.addClassNames("kiosk-choice");
        byKpj.addClassNames("kiosk-choice");
        Div choices = new Div(byNik, byKpj);
        choices.addClassName("login-choices");
        body.removeAll();
        body.add(title, cardHint, or, choices);
        if (kiosk.offers(KioskConfig.Feature.HELP)) {
            // for whoever cannot log in: forgotten PIN, no card, data that does not match
            Button help = new Button(getTranslation("login.help"), e -> getUI().ifPresent(ui -> ui.navigate("help")));
            help.setId("login-help");
            help.addClassNames("kiosk-secondary", "login-help");
            body.add(help);
        }
    }

    private void showNumberEntry(LoginMethod chosen) {
        cardUnreadable.setVisible(false);
        method = chosen;
        int length = chosen == LoginMethod.NIK ? Identifiers.NIK_LENGTH : Identifiers.KPJ_LENGTH;
        H1 title = new H1(getTranslation(chosen == LoginMethod.NIK ? "login.nik.title" : "login.kpj.title"));
        Paragraph where = new Paragraph(getTranslation(chosen == LoginMethod.NIK ? "login.nik.where" : "login.kpj.where"));
        where.addClassName("login-where");
        Div display = NumericKeypad.display("id-display", getTranslation("login.number.placeholder", length));
        display.getElement().setAttribute("aria-label", title.getText()); // a field is named for screen readers
        Paragraph error = error();
        NumericKeypad[] keypad = new NumericKeypad[1];
        keypad[0] = new NumericKeypad(length, typed -> {
            display.setText(typed.isEmpty() ? getTranslation("login.number.placeholder", length) : group(typed));
            display.getElement().setAttribute("data-value", typed);
            display.setClassName("empty", typed.isEmpty());
            Optional<String> problem = typed.length() == length ? fullProblem(typed) : partialProblem(typed);
            problem.ifPresentOrElse(key -> showError(error, getTranslation(key)), () -> PinEntry.fadeError(error));
            keypad[0].setOkEnabled(typed.length() == length && problem.isEmpty());
        }, typed -> {
            Optional<String> problem = fullProblem(typed);
            if (problem.isPresent()) {
                showError(error, getTranslation(problem.get()));
                return;
            }
            number = typed;
            showPin();
        });
        keypad[0].setOkEnabled(false);
        Button back = backButton();
        body.removeAll();
        body.add(title, where, display, error, keypad[0], back);
    }

    /** A read that is no card stops here: a plain message, no PIN screen, no lookup. */
    private void cardRead(String read) {
        cardUnreadable.read(read, kiosk.id(), card -> {
            method = LoginMethod.CARD;
            number = card;
            showPin();
        });
    }

    private void showPin() {
        cardUnreadable.setVisible(false);
        H1 title = new H1(getTranslation("login.pin.title"));
        Paragraph who = new Paragraph(getTranslation("login.pin.for." + method.name().toLowerCase(), Identifiers.mask(number)));
        who.setId("login-identity");
        who.addClassName("login-where");
        PinEntry pin = new PinEntry("login-error", this::submitPin);
        Paragraph forgot = new Paragraph(getTranslation("login.pin.forgot"));
        forgot.addClassName("login-forgot");
        body.removeAll();
        body.add(title, who, pin.dots(), pin.error(), pin.keypad(), forgot, backButton());
    }

    private void submitPin(String pin, PinEntry entry) {
        if (pin.length() != PinEntry.LENGTH) {
            entry.showError(getTranslation("login.pin.length"));
            return;
        }
        LoginResult result = auth.login(kiosk.id(), KioskContext.clientAddress(), method, number, pin);
        switch (result) {
            case LoginResult.Success success -> {
                memberSessions.begin(success.memberId(), kiosk.id(), method);
                getUI().ifPresent(ui -> ui.navigate("home"));
            }
            case LoginResult.Wrong wrong -> {
                entry.clear();
                entry.showError(getTranslation("login.error.wrong"));
            }
            case LoginResult.Invalid invalid -> {
                // the keypad lets only digits through; should anything else reach the service, say so plainly
                entry.clear();
                entry.showError(getTranslation("login.error.invalid"));
            }
            case LoginResult.Locked locked -> {
                entry.clear();
                // the member reads the time off the kiosk's wall: in its branch's zone
                String until = DateTimeFormatter.ofPattern("HH:mm").withZone(kioskTime.zone(kiosk.id())).format(locked.until());
                entry.showError(getTranslation("login.error.locked", until));
            }
            case LoginResult.SlowDown slow -> {
                entry.clear();
                entry.showError(getTranslation("login.error.slow-down", slow.seconds()));
            }
        }
    }

    private Optional<String> fullProblem(String typed) {
        return method == LoginMethod.NIK ? Identifiers.nikProblem(typed, kioskTime.today(kiosk.id())) : Identifiers.kpjProblem(typed);
    }

    private Optional<String> partialProblem(String typed) {
        return method == LoginMethod.NIK ? Identifiers.partialNikProblem(typed, kioskTime.today(kiosk.id())) : Optional.empty();
    }

    private Button backButton() {
        Button back = new Button(getTranslation("login.back"), e -> showChoice());
        back.setId("login-back");
        back.addClassNames("kiosk-secondary", "login-back");
        return back;
    }

    /** The PIN as dots, {@code filled} of them filled (the PIN change screen shows the same). */
    private static Paragraph error() {
        return PinEntry.errorLine("login-error");
    }

    private static void showError(Paragraph error, String text) {
        PinEntry.showError(error, text);
    }

    /** Groups digits in fours for reading: 3171 0115 0585 0003. */
    static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
