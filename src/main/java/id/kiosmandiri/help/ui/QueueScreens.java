package id.kiosmandiri.help.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import id.kiosmandiri.help.AssistanceRequestChanged;
import id.kiosmandiri.help.AssistanceStatus;
import id.kiosmandiri.help.HelpProperties;
import id.kiosmandiri.help.HelpService;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The kiosk screens showing a queue number, told by server push when their request changes (a
 * staff member took it, closed it): the browser never asks. A change made on this server node is
 * pushed as soon as it is committed; one made on another node is found by a look at the stored
 * statuses every {@code kiosk.help.queue-refresh-seconds} (one query for all the screens open on
 * this node, and only while there are any).
 */
@Component
class QueueScreens implements SchedulingConfigurer {

    private final class Screen {
        final UI ui;
        final long requestId;
        final Consumer<AssistanceStatus> changed;
        volatile AssistanceStatus shown;

        Screen(UI ui, long requestId, AssistanceStatus shown, Consumer<AssistanceStatus> changed) {
            this.ui = ui;
            this.requestId = requestId;
            this.shown = shown;
            this.changed = changed;
        }

        void show(AssistanceStatus status) {
            if (status == shown) {
                return;
            }
            shown = status;
            try {
                ui.access(() -> changed.accept(status));
            } catch (UIDetachedException gone) {
                screens.remove(this);
            }
        }
    }

    private final Set<Screen> screens = ConcurrentHashMap.newKeySet();
    private final HelpService help;
    private final Duration every;

    QueueScreens(HelpService help, HelpProperties properties) {
        this.help = help;
        this.every = Duration.ofSeconds(properties.queueRefreshSeconds());
    }

    /** Tells {@code changed} (in the UI's lock) each new status of the request while the screen shows it. */
    Registration follow(UI ui, long requestId, AssistanceStatus shown, Consumer<AssistanceStatus> changed) {
        Screen screen = new Screen(ui, requestId, shown, changed);
        screens.add(screen);
        return () -> screens.remove(screen);
    }

    /** After the change is committed, so a screen that reads again reads what is stored. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AssistanceRequestChanged change) {
        screens.stream().filter(s -> s.requestId == change.requestId()).forEach(s -> s.show(change.status()));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::lookAgain, every);
    }

    /** What other server nodes changed. */
    void lookAgain() {
        if (screens.isEmpty()) {
            return;
        }
        Map<Long, AssistanceStatus> statuses = help.statuses(screens.stream().map(s -> s.requestId).distinct().toList());
        List.copyOf(screens).forEach(s -> {
            AssistanceStatus now = statuses.get(s.requestId);
            if (now != null) {
                s.show(now);
            }
        });
    }

    int followed() {
        return screens.size();
    }
}
