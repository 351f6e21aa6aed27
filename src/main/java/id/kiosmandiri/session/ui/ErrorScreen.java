package id.kiosmandiri.session.ui;

import id.kiosmandiri.database.DatabaseOutage;
import id.kiosmandiri.kiosk.ui.LanguageToggle;
import id.kiosmandiri.session.MemberSessions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import id.kiosmandiri.session.SessionEndReason;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The error screen's content, for the error views: plain words, "Coba lagi" and, for a member, Keluar. */
abstract class ErrorScreen extends Div {

    private static final Logger log = LoggerFactory.getLogger(ErrorScreen.class);

    /** How long the outage screen stays without a touch: long enough to read, short enough to try again soon. */
    static final int OUTAGE_SECONDS = 20;

    private final MemberSessions memberSessions;

    ErrorScreen(MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        addClassNames("kiosk-screen", "error-screen");
    }

    /** The error screen in place of the current one, the failure logged. */
    int show(BeforeEnterEvent event, Exception failure) {
        boolean failedOver = DatabaseOutage.failedOver(failure);
        if (DatabaseOutage.causedBy(failure) && !failedOver) {
            // one line, no stack trace: an outage is the operators' alert (docs/operations.md), not a bug
            log.warn("Screen '{}' failed: the database cannot be reached: {}", event.getLocation().getPath(), failure.toString());
            showOutage();
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (failedOver) {
            // a database node died under the touch and the driver is on another one: the next touch works
            log.warn("Screen '{}' failed: the database node changed under the touch (failover); offered to try again: {}",
                    event.getLocation().getPath(), failure.toString());
        } else {
            // views never put personal data into exception messages
            log.error("Screen '{}' failed: {}", event.getLocation().getPath(), failure.toString(), failure);
        }
        boolean member = MemberSessions.current().isPresent();
        // back to the member screen shown last (nothing is lost), or to the start
        String retryTo = member ? MemberSessions.lastScreen() : "";
        Div box = screen("error.title", "error.text", member ? "error.retry" : "error.start",
                () -> getUI().ifPresent(ui -> ui.navigate(retryTo)), memberSessions.idleGuard());
        if (member) {
            Button leave = new Button(getTranslation("nav.logout"), e -> memberSessions.logout(SessionEndReason.ERROR));
            leave.setId("logout");
            leave.addClassName("logout");
            box.add(leave);
        }
        return failedOver ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /**
     * The screen: a title, plain words, the primary button ({@code error-retry}) in the {@code error-screen}
     * box, the language toggle, and {@code backByItself}, which takes the screen back when nobody touches it.
     */
    private Div screen(String titleKey, String textKey, String buttonKey, Runnable onButton, Component backByItself) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.addClassName("plain-line");
        Button primary = new Button(getTranslation(buttonKey), e -> onButton.run());
        primary.setId("error-retry");
        primary.addClassName("kiosk-primary");
        Div box = new Div(new H1(getTranslation(titleKey)), text, primary);
        box.setId("error-screen");
        box.addClassName("error-box");
        add(new Div(new LanguageToggle()), box, backByItself);
        return box;
    }

    /**
     * The database is away: nothing the member does can work until it is back, so the screen says so,
     * and the kiosk goes back to the start, the member logged out (their session's end is recorded once
     * the database is back). At the start, the kiosk works again as soon as the database does; until
     * then, this screen returns there every {@value #OUTAGE_SECONDS} seconds. Nothing here needs the database.
     */
    private void showOutage() {
        Div box = screen("outage.title", "outage.text", "error.start", () -> memberSessions.backToStart(SessionEndReason.ERROR),
                memberSessions.backToStartAfter(OUTAGE_SECONDS, SessionEndReason.ERROR));
        box.getElement().setAttribute("data-cause", "database");
    }
}
