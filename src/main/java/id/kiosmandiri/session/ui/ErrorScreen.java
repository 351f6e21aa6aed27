package id.kiosmandiri.session.ui;

import id.kiosmandiri.database.DatabaseOutage;
import id.kiosmandiri.kiosk.ui.LanguageToggle;
import id.kiosmandiri.session.MemberSessions;

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
        if (DatabaseOutage.causedBy(failure)) {
            // one line, no stack trace: an outage is the operators' alert (docs/operations.md), not a bug
            log.warn("Screen '{}' failed: the database cannot be reached: {}", event.getLocation().getPath(), failure.toString());
            showOutage();
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        // views never put personal data into exception messages
        log.error("Screen '{}' failed: {}", event.getLocation().getPath(), failure.toString(), failure);
        boolean member = MemberSessions.current().isPresent();
        removeAll();
        H1 title = new H1(getTranslation("error.title"));
        Paragraph text = new Paragraph(getTranslation("error.text"));
        text.addClassName("plain-line");
        // back to the member screen shown last (nothing is lost), or to the start
        String retryTo = member ? MemberSessions.lastScreen() : "";
        Button retry = new Button(getTranslation(member ? "error.retry" : "error.start"),
                e -> getUI().ifPresent(ui -> ui.navigate(retryTo)));
        retry.setId("error-retry");
        retry.addClassName("kiosk-primary");
        Div box = new Div(title, text, retry);
        box.setId("error-screen");
        box.addClassName("error-box");
        if (member) {
            Button leave = new Button(getTranslation("nav.logout"), e -> memberSessions.logout(SessionEndReason.ERROR));
            leave.setId("logout");
            leave.addClassName("logout");
            box.add(leave);
        }
        // the screen still goes back to the start by itself when nobody touches it
        add(new Div(new LanguageToggle()), box, memberSessions.idleGuard());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /**
     * The database is away: nothing the member does can work until it is back, so the screen says so,
     * and the kiosk goes back to the start, the member logged out (their session's end is recorded once
     * the database is back). At the start, the kiosk works again as soon as the database does; until
     * then, this screen returns there every {@value #OUTAGE_SECONDS} seconds. Nothing here needs the database.
     */
    private void showOutage() {
        removeAll();
        H1 title = new H1(getTranslation("outage.title"));
        Paragraph text = new Paragraph(getTranslation("outage.text"));
        text.addClassName("plain-line");
        Button back = new Button(getTranslation("error.start"), e -> memberSessions.backToStart(SessionEndReason.ERROR));
        back.setId("error-retry");
        back.addClassName("kiosk-primary");
        Div box = new Div(title, text, back);
        box.setId("error-screen");
        box.getElement().setAttribute("data-cause", "database");
        box.addClassName("error-box");
        add(new Div(new LanguageToggle()), box, memberSessions.backToStartAfter(OUTAGE_SECONDS, SessionEndReason.ERROR));
    }
}
