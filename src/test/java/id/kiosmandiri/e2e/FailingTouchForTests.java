package id.kiosmandiri.e2e;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.session.ui.MemberLayout;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A member screen whose button fails like a touch that gets no database connection in time (the pool
 * empty under load, the database away). Exists only in the test classpath.
 */
@AnonymousAllowed
@Route(value = "test-failing-touch", layout = MemberLayout.class)
public class FailingTouchForTests extends Div {

    public FailingTouchForTests() {
        Button fail = new Button("Coba", e -> {
            throw new CannotGetJdbcConnectionException("simulated: connection is not available, request timed out after 5000ms");
        });
        fail.setId("test-fail");
        add(fail);
    }
}
