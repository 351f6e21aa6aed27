package id.kiosmandiri.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import id.kiosmandiri.session.IdleTimer;

import java.time.Clock;
import java.time.Instant;

/**
 * Watches for input on a screen and ends it when the kiosk is left alone. The browser script only
 * reports input (throttled); this component decides, on the server, once a second: at the
 * timeout minus the warning it shows "Masih di sana?" with a countdown, at zero it calls
 * {@code onExpire}. Any touch continues. It runs whatever else is open (a dialog, a print).
 */
public class IdleGuard extends Div {

    /** Where the time of the last input is kept: the server-wide registry for members, or here. */
    public interface ActivityClock {
        Instant lastActivity();

        void touch();

        /** Kept in the screen itself: for screens before login. */
        static ActivityClock local(Clock clock) {
            Instant[] last = {clock.instant()};
            return new ActivityClock() {
                @Override
                public Instant lastActivity() {
                    return last[0];
                }

                @Override
                public void touch() {
                    last[0] = clock.instant();
                }
            };
        }
    }

    private final IdleTimer timer;
    private final Clock clock;
    private final ActivityClock activity;
    private final Runnable onExpire;
    private final Span countdown = new Span();
    private Registration pollRegistration;
    private Registration activityRegistration;
    private boolean expired;

    public IdleGuard(IdleTimer timer, Clock clock, ActivityClock activity, Runnable onExpire) {
        this.timer = timer;
        this.clock = clock;
        this.activity = activity;
        this.onExpire = onExpire;
        setId("idle-warning");
        addClassName("idle-warning");
        setVisible(false);
        getElement().setAttribute("role", "alertdialog");

        H2 title = new H2(getTranslation("idle.title"));
        countdown.setId("idle-countdown");
        countdown.addClassName("idle-countdown");
        Paragraph text = new Paragraph(getTranslation("idle.text"));
        Button cont = new Button(getTranslation("idle.continue"), e -> activity());
        cont.setId("idle-continue");
        cont.addClassNames("kiosk-primary", "idle-continue");
        Div box = new Div(title, countdown, text, cont);
        box.addClassName("idle-box");
        add(box);
        // a touch anywhere on the warning continues as well
        addClickListener(e -> activity());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // the page's script reports input here: a marked element the script looks for
        ui.getElement().setAttribute("data-activity-target", "");
        ui.setPollInterval(1000);
        pollRegistration = ui.addPollListener(e -> check());
        activityRegistration = ui.getElement().addEventListener("kiosk-activity", e -> activity());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        if (activityRegistration != null) {
            activityRegistration.remove();
        }
        event.getUI().setPollInterval(-1);
        event.getUI().getElement().removeAttribute("data-activity-target");
    }

    /** Input from the member: start the idle time again and hide the warning. */
    public void activity() {
        if (expired) {
            return;
        }
        activity.touch();
        setVisible(false);
    }

    /** Decides what the screen shows now: called once a second by the poll. */
    public void check() {
        if (expired) {
            return;
        }
        Instant now = clock.instant();
        Instant lastActivity = activity.lastActivity();
        switch (timer.phase(lastActivity, now)) {
            case ACTIVE -> setVisible(false);
            case WARNING -> {
                countdown.setText(String.valueOf(timer.secondsLeft(lastActivity, now)));
                setVisible(true);
            }
            case EXPIRED -> {
                expired = true;
                onExpire.run();
            }
        }
    }
}
