package id.kiosmandiri.session.ui;

import id.kiosmandiri.session.MemberSessions;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a member sees when a screen cannot be shown (the database is away, a bug): plain words,
 * a way to try again and a way out, never a stack trace. Nothing the member did is lost: they
 * try again, or leave. The kiosk recovers by itself once the cause is gone.
 */
@AnonymousAllowed
@JavaScript("context://kiosk.js")
public class KioskErrorView extends ErrorScreen implements HasErrorParameter<Exception> {

    KioskErrorView(MemberSessions memberSessions) {
        super(memberSessions);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        return show(event, parameter.getCaughtException());
    }
}
