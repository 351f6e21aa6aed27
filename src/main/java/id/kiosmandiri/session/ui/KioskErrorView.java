package id.kiosmandiri.session.ui;

import id.kiosmandiri.kiosk.ui.LanguageToggle;
import id.kiosmandiri.session.MemberSessions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.session.SessionEndReason;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a member sees when a screen cannot be shown (the database is away, a bug): plain words,
 * a way to try again and a way out, never a stack trace. Nothing the member did is lost: they
 * try again, or leave. The kiosk recovers by itself once the cause is gone.
 */
@AnonymousAllowed
@JavaScript("context://kiosk.js")
public class KioskErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(KioskErrorView.class);

    private final MemberSessions memberSessions;

    KioskErrorView(MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        addClassNames("kiosk-screen", "error-screen");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        // views never put personal data into exception messages
        log.error("Screen '{}' failed: {}", event.getLocation().getPath(), parameter.getCaughtException().toString(),
                parameter.getCaughtException());
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
