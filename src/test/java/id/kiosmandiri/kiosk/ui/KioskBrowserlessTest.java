package id.kiosmandiri.kiosk.ui;

import id.kiosmandiri.session.MemberSessions;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.internal.JacksonUtils;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.StoredRows;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Browserless tests of kiosk screens: finds elements by the ids of the automation contract
 * (../shared/KIOSK-UX.md) and logs members in the way the screens expect. Subclasses carry
 * {@code @IntegrationTest}, so every test shares one Spring context.
 */
@ViewPackages(packages = "id.kiosmandiri")
public abstract class KioskBrowserlessTest extends SpringBrowserlessTest {

    public static final String DEMO_KIOSK = "DEMO-01";

    @Autowired
    protected MemberSessions memberSessions;
    @Autowired
    protected StoredRows stored;

    /** The database id of a named demo member. */
    protected Long memberId(DemoLogin login) {
        return stored.memberIdByNik(login.nik());
    }

    /** Starts a member session in this test's browser session, as a successful login does. */
    protected Long loginAs(DemoLogin login) {
        Long id = memberId(login);
        memberSessions.begin(id, DEMO_KIOSK, LoginMethod.KPJ);
        return id;
    }

    /** The single component with this id, of the given type. */
    protected <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    /** Whether a component with this id is shown (browserless queries see only visible components). */
    protected boolean exists(String id) {
        return find(Component.class).withId(id).exists();
    }

    /** All the text of a component and its children. */
    protected String text(String id) {
        return byId(Component.class, id).getElement().getTextRecursively();
    }

    protected Button button(String id) {
        return byId(Button.class, id);
    }

    protected void click(String id) {
        test(button(id)).click();
    }

    /** The path of the screen the browser shows now, e.g. {@code "home"}, or {@code ""} for the attract screen. */
    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    protected void assertOnScreen(String path) {
        assertEquals(path, currentPath(), "screen shown");
    }

    /** The kiosk's card reader: kiosk.js sends what the reader "typed" as a {@code kiosk-card} event. */
    protected void readCard(Component target, String number) {
        new CardReader(target).read(number);
    }

    private static final class CardReader extends ComponentTester<Component> {

        CardReader(Component target) {
            super(target);
        }

        void read(String number) {
            ObjectNode data = JacksonUtils.createObjectNode();
            data.put("event.detail.number", number);
            fireDomEvent("kiosk-card", data);
        }
    }
}
