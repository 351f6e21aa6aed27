package id.kiosmandiri.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.kiosk.KioskRegistry;
import org.springframework.stereotype.Component;

/**
 * A new browser session starts in the kiosk's configured language (Bahasa Indonesia by default),
 * not the browser's, since a kiosk browser's own language says nothing about its member.
 */
@Component
class KioskServiceInit implements VaadinServiceInitListener {

    private final KioskRegistry registry;

    KioskServiceInit(KioskRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e ->
                e.getSession().setLocale(KioskContext.current(registry).defaultLanguage()));
        event.getSource().addUIInitListener(e -> {
            VaadinSession session = e.getUI().getSession();
            e.getUI().setLocale(session.getLocale());
        });
    }
}
