package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.KioskDevices;

/**
 * {@code /enrol}: a kiosk PC's browser becomes a kiosk. Branch staff make an 8-digit code for one of
 * their kiosks on the fleet page; typed here on the keypad, it gives this browser its device credential
 * (an HttpOnly cookie) and the kiosk's start screen follows. A wrong, used or expired code gets one plain
 * message and changes nothing; after too many, codes are refused for a while.
 */
@AnonymousAllowed
@Route("enrol")
public class EnrolView extends Div implements HasDynamicTitle {

    private final KioskDevices devices;
    private final KioskIdentity identity;
    private final Div display;
    private final Paragraph error = PinEntry.errorLine("enrol-error");
    private final NumericKeypad keypad;

    EnrolView(KioskDevices devices, KioskIdentity identity) {
        this.devices = devices;
        this.identity = identity;
        setId("enrol-view");
        addClassNames("kiosk-screen", "enrol");
        H1 title = new H1(getTranslation("enrol.title"));
        Paragraph what = new Paragraph(getTranslation("enrol.what"));
        what.addClassName("login-where");
        display = NumericKeypad.display("enrol-display", getTranslation("enrol.placeholder"));
        display.getElement().setAttribute("aria-label", title.getText());
        keypad = new NumericKeypad(KioskDevices.CODE_DIGITS, this::typed, this::submit);
        keypad.setOkEnabled(false);
        Div body = new Div(title, what, display, error, keypad);
        body.addClassName("login-body");
        add(new Div(new LanguageToggle()), body);
    }

    private void typed(String digits) {
        display.setText(digits.isEmpty() ? getTranslation("enrol.placeholder") : digits);
        display.getElement().setAttribute("data-value", digits);
        display.setClassName("empty", digits.isEmpty());
        keypad.setOkEnabled(digits.length() == KioskDevices.CODE_DIGITS);
        PinEntry.fadeError(error);
    }

    private void submit(String code) {
        switch (devices.enrol(code, KioskContext.clientAddress())) {
            case KioskDevices.Enrolment.Enrolled enrolled -> {
                identity.enrolled(enrolled.kioskId(), enrolled.credential());
                getUI().ifPresent(ui -> ui.navigate(AttractView.class));
            }
            case KioskDevices.Enrolment.WrongCode wrong -> {
                keypad.clear();
                PinEntry.showError(error, getTranslation("enrol.wrong"));
            }
            case KioskDevices.Enrolment.SlowDown slow -> {
                keypad.clear();
                PinEntry.showError(error, getTranslation("enrol.slow-down", slow.minutes()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enrol.title");
    }
}
