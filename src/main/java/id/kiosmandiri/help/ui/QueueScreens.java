package id.kiosmandiri.help.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import id.kiosmandiri.help.AssistanceRequestChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The kiosk screens showing a queue number, told by server push when their request changes (a
 * staff member took it, closed it): no browser asks. Changes made on this server node only; a kiosk
 * whose request is taken on another node hears it when it next reloads the screen.
 */
@Component
class QueueScreens {

    private record Screen(UI ui, long requestId, Consumer<AssistanceRequestChanged> changed) {
    }

    private final Set<Screen> screens = ConcurrentHashMap.newKeySet();

    Registration follow(UI ui, long requestId, Consumer<AssistanceRequestChanged> changed) {
        Screen screen = new Screen(ui, requestId, changed);
        screens.add(screen);
        return () -> screens.remove(screen);
    }

    /** After the change is committed, so the screen reads what is stored. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AssistanceRequestChanged change) {
        screens.stream().filter(s -> s.requestId() == change.requestId()).forEach(s -> {
            try {
                s.ui().access(() -> s.changed().accept(change));
            } catch (UIDetachedException gone) {
                screens.remove(s);
            }
        });
    }
}
