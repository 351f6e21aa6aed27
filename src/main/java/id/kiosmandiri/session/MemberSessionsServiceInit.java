package id.kiosmandiri.session;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** A browser session that ends without a logout ends its member's kiosk session too. */
@Component
class MemberSessionsServiceInit implements VaadinServiceInitListener {

    private final ActiveMemberSessions active;

    MemberSessionsServiceInit(ActiveMemberSessions active) {
        this.active = active;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> active.sessionDestroyed(e.getSession()));
    }
}
