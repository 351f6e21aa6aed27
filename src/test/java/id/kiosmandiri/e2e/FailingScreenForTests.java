package id.kiosmandiri.e2e;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.session.ui.MemberLayout;

/** A member screen that fails like one whose database is away. Exists only in the test classpath. */
@AnonymousAllowed
@Route(value = "test-failure", layout = MemberLayout.class)
public class FailingScreenForTests extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("simulated: database not reachable");
    }
}
