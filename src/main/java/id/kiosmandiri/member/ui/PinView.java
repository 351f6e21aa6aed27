package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.PinEntry;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.member.PinChange;
import id.kiosmandiri.member.PinCheck;
import id.kiosmandiri.member.PinRules;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.SessionEndReason;
import id.kiosmandiri.session.ui.MemberLayout;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Ganti PIN: three keypad steps on one screen, as the login's PIN step looks: the old PIN (checked
 * at once, counted towards the lockout like a login), the new one (checked against the rules at
 * once), the new one again. The service checks everything again when the PIN is stored. A member
 * locked on the way reads why, until when and how to unlock, then logs out with one button.
 */
@AnonymousAllowed
@Route(value = "pin", layout = MemberLayout.class)
class PinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private enum Step { OLD, NEW, REPEAT }

    private final MemberAuthService auth;
    private final MemberSessions memberSessions;
    private final KioskTime kioskTime;

    private MemberSession member;
    private Step step;
    private String oldPin;
    private String newPin;

    PinView(MemberAuthService auth, MemberSessions memberSessions, KioskTime kioskTime) {
        this.auth = auth;
        this.memberSessions = memberSessions;
        this.kioskTime = kioskTime;
        addClassNames("login-body", "pin-change");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        member = MemberLayout.member();
        memberSessions.used("pin");
        oldPin = null;
        newPin = null;
        showStep(Step.OLD, "");
    }

    private void showStep(Step next, String errorText) {
        step = next;
        H1 title = new H1(getTranslation("pin.title"));
        Paragraph what = new Paragraph(getTranslation(switch (next) {
            case OLD -> "pin.step.old";
            case NEW -> "pin.step.new";
            case REPEAT -> "pin.step.repeat";
        }));
        what.setId("pin-step");
        what.addClassName("login-where");
        PinEntry pin = new PinEntry("pin-error", this::ok);
        pin.showError(errorText);
        Paragraph secret = new Paragraph(getTranslation("pin.secret"));
        secret.addClassName("login-forgot");
        removeAll();
        add(title, what, pin.dots(), pin.error(), pin.keypad(), secret);
    }

    private void ok(String typed, PinEntry entry) {
        switch (step) {
            case OLD -> {
                switch (auth.confirmPin(member.memberId(), member.kioskId(), typed)) {
                    case PinCheck.Right right -> {
                        oldPin = typed;
                        showStep(Step.NEW, "");
                    }
                    case PinCheck.Wrong wrong -> {
                        entry.clear();
                        entry.showError(getTranslation("pin.error.old-wrong"));
                    }
                    case PinCheck.Locked locked -> showLocked(locked.until());
                    case PinCheck.Invalid invalid -> {
                        entry.clear();
                        entry.showError(getTranslation(PinRules.FORMAT));
                    }
                }
            }
            case NEW -> {
                Optional<String> problem = auth.newPinProblem(member.memberId(), oldPin, typed);
                if (problem.isPresent()) {
                    entry.clear();
                    entry.showError(getTranslation(problem.get()));
                } else {
                    newPin = typed;
                    showStep(Step.REPEAT, "");
                }
            }
            case REPEAT -> {
                if (!typed.equals(newPin)) {
                    newPin = null;
                    showStep(Step.NEW, getTranslation(PinRules.MISMATCH));
                    return;
                }
                PinChange result = auth.changePin(member.memberId(), member.kioskId(), member.kioskSessionId(), oldPin, typed);
                switch (result) {
                    case PinChange.Changed changed -> showChanged();
                    case PinChange.OldWrong wrong -> {
                        oldPin = null;
                        newPin = null;
                        showStep(Step.OLD, getTranslation("pin.error.old-wrong"));
                    }
                    case PinChange.Locked locked -> showLocked(locked.until());
                    case PinChange.Refused refused -> {
                        newPin = null;
                        showStep(Step.NEW, getTranslation(refused.ruleKey()));
                    }
                }
            }
        }
    }

    private void showChanged() {
        oldPin = null;
        newPin = null;
        H1 title = new H1(getTranslation("pin.changed.title"));
        Paragraph text = new Paragraph(getTranslation("pin.changed.text"));
        text.addClassName("pin-message");
        Paragraph secret = new Paragraph(getTranslation("pin.changed.secret"));
        secret.addClassName("pin-message");
        Button home = new Button(getTranslation("pin.changed.home"), e -> getUI().ifPresent(ui -> ui.navigate("home")));
        home.setId("pin-done-home");
        Div done = new Div(title, text, secret, home);
        done.setId("pin-changed");
        done.addClassName("pin-done");
        removeAll();
        add(done);
    }

    /** The member reads why, until when (the kiosk's wall time) and how to unlock before the screen goes away. */
    private void showLocked(Instant until) {
        oldPin = null;
        newPin = null;
        String time = DateTimeFormatter.ofPattern("HH:mm").withZone(kioskTime.zone(member.kioskId())).format(until);
        H1 title = new H1(getTranslation("pin.locked.title"));
        Paragraph text = new Paragraph(getTranslation("pin.locked.text", time));
        text.setId("pin-locked");
        text.addClassNames("login-error", "visible");
        Button ok = new Button(getTranslation("pin.locked.ok"), e -> memberSessions.logout(SessionEndReason.LOGOUT));
        ok.setId("pin-locked-ok");
        Div locked = new Div(title, text, ok);
        locked.addClassName("pin-done");
        removeAll();
        add(locked);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
