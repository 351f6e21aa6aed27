package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import id.kiosmandiri.help.AssistanceRequestChanged;
import id.kiosmandiri.kiosk.KioskPresenceChanged;
import id.kiosmandiri.staff.StaffProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Keeps open fleet pages current by server push, without the browser asking: a page refreshes when
 * a kiosk it shows changes on this server node (a second later, so a burst of changes is one
 * refresh), and every {@code kiosk.staff.fleet-refresh-seconds} anyway, which brings in what other
 * nodes wrote and kiosks that went silent (offline is the absence of news). The cost grows with the
 * open staff pages, never with the number of kiosks.
 */
@Component
class FleetUpdates implements SchedulingConfigurer {

    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final class Page {
        final UI ui;
        final Predicate<String> shows;
        final Runnable refresh;
        final AtomicBoolean pending = new AtomicBoolean();

        Page(UI ui, Predicate<String> shows, Runnable refresh) {
            this.ui = ui;
            this.shows = shows;
            this.refresh = refresh;
        }

        void refreshIn(Duration delay) {
            if (!pending.compareAndSet(false, true)) {
                return; // one is coming already
            }
            scheduler.schedule(() -> {
                pending.set(false);
                try {
                    ui.access(refresh::run);
                } catch (UIDetachedException gone) {
                    pages.remove(this);
                }
            }, scheduler.getClock().instant().plus(delay)); // the scheduler's clock measures delays
        }
    }

    private final Set<Page> pages = ConcurrentHashMap.newKeySet();
    private final TaskScheduler scheduler;
    private final Duration every;

    FleetUpdates(TaskScheduler scheduler, StaffProperties properties) {
        this.scheduler = scheduler;
        this.every = Duration.ofSeconds(properties.fleetRefreshSeconds());
    }

    /** Refreshes the page in {@code ui} while it is open; {@code shows} says which kiosk ids it lists. */
    Registration follow(UI ui, Predicate<String> shows, Runnable refresh) {
        Page page = new Page(ui, shows, refresh);
        pages.add(page);
        return () -> pages.remove(page);
    }

    /**
     * Refreshes {@code page} while it is attached to a UI (from its first attach to its detach, and again on
     * a later attach); {@code shows} is asked each time a kiosk changes, so it may read the page's current list.
     */
    void followWhileAttached(com.vaadin.flow.component.Component page, Predicate<String> shows, Runnable refresh) {
        Registration[] following = new Registration[1];
        page.addAttachListener(e -> following[0] = follow(e.getUI(), shows, refresh));
        page.addDetachListener(e -> {
            if (following[0] != null) {
                following[0].remove();
                following[0] = null;
            }
        });
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(() -> pages.forEach(p -> p.refreshIn(Duration.ZERO)), every);
    }

    @EventListener
    void on(KioskPresenceChanged change) {
        pages.stream().filter(p -> p.shows.test(change.kioskId())).forEach(p -> p.refreshIn(SETTLE));
    }

    /** A help request made, cancelled, taken or closed: after commit, so the page reads it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AssistanceRequestChanged change) {
        pages.stream().filter(p -> p.shows.test(change.kioskId())).forEach(p -> p.refreshIn(Duration.ZERO));
    }

    int followed() {
        return pages.size();
    }
}
