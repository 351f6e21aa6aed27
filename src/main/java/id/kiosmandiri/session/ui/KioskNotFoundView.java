package id.kiosmandiri.session.ui;

import id.kiosmandiri.kiosk.ui.AttractView;
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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.session.SessionEndReason;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the kiosk does not know: no list of routes, just the way back. Inside a member's
 * session "Kembali ke awal" ends it (the start screen belongs to nobody), and the idle guard runs.
 */
@AnonymousAllowed
@JavaScript("context://kiosk.js")
public class KioskNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private final MemberSessions memberSessions;

    KioskNotFoundView(MemberSessions memberSessions) {
        this.memberSessions = memberSessions;
        addClassNames("kiosk-screen", "error-screen");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("error.not-found.text"));
        text.addClassName("plain-line");
        Button start = new Button(getTranslation("error.start"), e -> {
            if (MemberSessions.current().isPresent()) {
                memberSessions.logout(SessionEndReason.LOGOUT);
            } else {
                getUI().ifPresent(ui -> ui.navigate(AttractView.class));
            }
        });
        start.setId("error-retry");
        start.addClassName("kiosk-primary");
        Div box = new Div(new H1(getTranslation("error.not-found.title")), text, start);
        box.setId("error-screen");
        box.addClassName("error-box");
        add(new Div(new LanguageToggle()), box, memberSessions.idleGuard());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
