package id.kiosmandiri.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import id.kiosmandiri.session.IdleTimer;
import org.springframework.scheduling.TaskScheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/**
 * Watches for input on a screen and ends it when the kiosk is left alone. The browser script only
 * reports input (throttled); this component decides, on the server: at the timeout minus the
 * warning it shows "Masih di sana?" with a countdown, at zero it calls {@code onExpire}. Any touch
 * continues. It runs whatever else is open (a dialog, a print).
 *
 * <p>No polling: after each decision the server sets one timer of its own for the moment the next
 * decision is due (the warning, then the logout) and pushes what follows to the screen (server
 * push); the countdown's seconds tick in the browser. An idle kiosk sends nothing at all. A browser
 * that goes silent is logged out by the server's own sweep.
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
    private final TaskScheduler scheduler;
    private final Span countdown = new Span();
    private Registration activityRegistration;
    /** The server's timer for the next decision; replaced by each decision and each input. */
    private ScheduledFuture<?> nextCheck;
    private UI ui;
    private boolean expired;
    private boolean warning;
    private Runnable onWarningShown = () -> { };
    private Runnable onWarningEnded = () -> { };

    public IdleGuard(IdleTimer timer, Clock clock, ActivityClock activity, Runnable onExpire, TaskScheduler scheduler) {
        this.scheduler = scheduler;
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

    /** Told when the warning appears, and when input ends it (not when the time runs out). */
    public void onWarning(Runnable shown, Runnable ended) {
        this.onWarningShown = shown;
        this.onWarningEnded = ended;
    }

    private void warning(boolean shown) {
        setVisible(shown);
        if (shown != warning) {
            warning = shown;
            (shown ? onWarningShown : onWarningEnded).run();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        // the page's script reports input here: a marked element the script looks for
        ui.getElement().setAttribute("data-activity-target", "");
        activityRegistration = ui.getElement().addEventListener("kiosk-activity", e -> activity());
        // the first decision: at the warning, or at once if that is already due (never while attaching)
        Duration idle = Duration.between(activity.lastActivity(), clock.instant());
        Duration untilWarning = timer.timeout().minus(timer.warning()).minus(idle);
        wakeUpIn(untilWarning.isNegative() ? Duration.ZERO : untilWarning);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancelNextCheck();
        if (activityRegistration != null) {
            activityRegistration.remove();
        }
        event.getUI().getElement().executeJs(CLEAR_TIMERS);
        event.getUI().getElement().removeAttribute("data-activity-target");
        ui = null;
    }

    /** Input from the member: start the idle time again and hide the warning. */
    public void activity() {
        if (expired) {
            return;
        }
        activity.touch();
        warning(false);
        wakeUpIn(timer.timeout().minus(timer.warning()));
    }

    /** Decides what the screen shows now: when the browser timer set by the last decision fires. */
    public void check() {
        if (expired) {
            return;
        }
        Instant now = clock.instant();
        Instant lastActivity = activity.lastActivity();
        Duration idle = Duration.between(lastActivity, now);
        switch (timer.phase(lastActivity, now)) {
            case ACTIVE -> {
                warning(false);
                wakeUpIn(timer.timeout().minus(timer.warning()).minus(idle));
            }
            case WARNING -> {
                long secondsLeft = timer.secondsLeft(lastActivity, now);
                countdown.setText(String.valueOf(secondsLeft));
                warning(true);
                wakeUpIn(timer.timeout().minus(idle));
                // the seconds tick down in the browser; the server decides again at zero
                countdown.getElement().executeJs(COUNT_DOWN);
            }
            case EXPIRED -> {
                expired = true;
                onExpire.run();
            }
        }
    }

    private static final String CLEAR_TIMERS = "clearInterval(window.__kioskIdleTick);";
    private static final String COUNT_DOWN = "clearInterval(window.__kioskIdleTick); const el = this;"
            + " window.__kioskIdleTick = setInterval(function () {"
            + " const n = parseInt(el.textContent, 10); if (n > 1) { el.textContent = String(n - 1); }"
            + " else { clearInterval(window.__kioskIdleTick); } }, 1000);";

    /** One server timer (replacing the one before) that decides again after {@code delay}, on this screen. */
    private void wakeUpIn(Duration delay) {
        if (ui == null) {
            return; // not on a page (yet): onAttach decides
        }
        cancelNextCheck();
        UI screen = ui;
        // a little late rather than early: a decision that comes too early only sets the timer again;
        // the scheduler's own clock measures the delay (the application's clock may be a test's)
        Duration wait = delay.plusMillis(50);
        nextCheck = scheduler.schedule(() -> {
            try {
                screen.access(this::check); // the outcome reaches the browser by push
            } catch (UIDetachedException gone) {
                // the screen was closed meanwhile: nothing to decide
            }
        }, scheduler.getClock().instant().plus(wait.isNegative() ? Duration.ZERO : wait));
    }

    private void cancelNextCheck() {
        if (nextCheck != null) {
            nextCheck.cancel(false);
            nextCheck = null;
        }
    }
}
