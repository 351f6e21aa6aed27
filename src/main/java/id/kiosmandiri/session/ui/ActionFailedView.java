package id.kiosmandiri.session.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.session.MemberSessions;

/**
 * The error screen in place of a screen whose touch failed ({@link ActionFailureHandling}); Vaadin finds
 * it for {@link ActionFailed} by the exact type it names.
 */
@AnonymousAllowed
@JavaScript("context://kiosk.js")
public class ActionFailedView extends ErrorScreen implements HasErrorParameter<ActionFailed> {

    ActionFailedView(MemberSessions memberSessions) {
        super(memberSessions);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ActionFailed> parameter) {
        Throwable cause = parameter.getCaughtException().getCause();
        return show(event, cause instanceof Exception exception ? exception : parameter.getCaughtException());
    }
}
