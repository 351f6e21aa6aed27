package id.kiosmandiri.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A touch whose work throws (a login that cannot get a database connection in time, a bug) shows the
 * error screen with "Coba lagi", as a failing screen does. Vaadin's own handler only logs such an error
 * and leaves the member on a screen that does nothing, with no word of what happened.
 */
@Component
class ActionFailureHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ActionFailureHandling.class);

    private static final ErrorHandler VAADINS_OWN = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable failure = DefaultErrorHandler.findRelevantThrowable(error.getThrowable());
            if (fromTheBrowsersMessage(failure)) {
                // a message no page of this server sends (a tampered or broken browser): ignored, as Vaadin
                // ignores one with a wrong token; one line, no stack trace, nothing of the message
                log.warn("Ignored a malformed message from a browser: {}", failure.getClass().getName());
                return;
            }
            if (UI.getCurrent() == null || failure instanceof ActionFailed
                    || !ErrorHandlerUtil.handleErrorByRedirectingToErrorView(new ActionFailed(failure))) {
                VAADINS_OWN.error(error); // no screen to put it on (a background task): logged as Vaadin does
            }
        }));
    }

    /**
     * Whether the failure happened while Vaadin decoded the browser's message, before any code of this
     * application ran: the nearest frame that is either this application's or Vaadin's message handling is
     * the latter. A failure in a screen or a service called from a message has this application's frame nearer.
     */
    static boolean fromTheBrowsersMessage(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("id.kiosmandiri.")) {
                return false;
            }
            if (type.startsWith("com.vaadin.flow.server.communication.")) {
                return true;
            }
        }
        return false;
    }
}
