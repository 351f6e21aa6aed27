package id.kiosmandiri.session;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Usage records of the feature modules, written after their transaction committed (kept in the event registry till then). */
@Component
class FeatureUsageRecorder {

    private final KioskSessionService sessions;

    FeatureUsageRecorder(KioskSessionService sessions) {
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(UsageOccurred usage) {
        sessions.record(usage.kioskId(), usage.kioskSessionId(), usage.type(), usage.detail());
    }
}
