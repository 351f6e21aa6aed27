package id.kiosmandiri.session.ui;

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

    private final MemberSessions memberSessions;

    ErrorScreen(MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        addClassNames("kiosk-screen", "error-screen");
    }

    /** The error screen in place of the current one, the failure logged. */
    int show(BeforeEnterEvent event, Exception failure) {
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
}
