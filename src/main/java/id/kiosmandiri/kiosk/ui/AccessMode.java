package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A display mode a visitor can switch on at the kiosk (issue 18). The choice belongs to the browser
 * session, not to a member: it survives the screens and the login (the VaadinSession outlives the
 * new HTTP session id of {@code MemberSessions.begin}) and is cleared on the attract screen, so the
 * next person starts from the default. The page shows it as {@code <body data-access="large contrast">}
 * (the UI's element is the body), which the styles in kiosk.css follow.
 */
public enum AccessMode {
    LARGE("large"),
    CONTRAST("contrast"),
    /** Read aloud: the {@code speak} button and spoken feedback ({@link ReadAloud}). */
    SPEECH("speech");

    static final String ATTRIBUTE = "data-access";
    private static final String SESSION_KEY = AccessMode.class.getName();

    private final String token;

    AccessMode(String token) {
        this.token = token;
    }

    /** How the mode is named in {@code data-access} and in message keys. */
    public String token() {
        return token;
    }

    /** The modes switched on in this browser session. */
    public static Set<AccessMode> current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object modes = session == null ? null : session.getAttribute(SESSION_KEY);
        return modes instanceof Modes m ? Collections.unmodifiableSet(EnumSet.copyOf(m.on())) : Set.of();
    }

    /** Switches a mode on or off for this browser session and shows the change on the UI. */
    public static void set(UI ui, AccessMode mode, boolean on) {
        EnumSet<AccessMode> modes = EnumSet.noneOf(AccessMode.class);
        modes.addAll(current());
        if (on) {
            modes.add(mode);
        } else {
            modes.remove(mode);
        }
        store(modes);
        apply(ui);
    }

    /** Back to the default, for the next person: the attract screen does this on every visit. */
    public static void reset(UI ui) {
        store(EnumSet.noneOf(AccessMode.class));
        apply(ui);
        ReadAloud.forget(ui);
    }

    /** Puts the session's modes on the page's body. */
    public static void apply(UI ui) {
        ui.getElement().setAttribute(ATTRIBUTE, current().stream().map(AccessMode::token).collect(Collectors.joining(" ")));
    }

    private static void store(EnumSet<AccessMode> modes) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, modes.isEmpty() ? null : new Modes(modes));
        }
    }

    /** What the session keeps: serializable, as every session attribute. */
    private record Modes(EnumSet<AccessMode> on) implements java.io.Serializable {
    }
}
