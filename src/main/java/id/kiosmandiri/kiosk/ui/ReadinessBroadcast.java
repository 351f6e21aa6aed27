package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.shared.Registration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells open attract screens when this server becomes ready (demo data loaded) or stops being
 * ready (shutting down), so they update by server push instead of looking again on a timer.
 */
@Component
class ReadinessBroadcast {

    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    Registration onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> change) {
        listeners.forEach(Runnable::run);
    }
}
