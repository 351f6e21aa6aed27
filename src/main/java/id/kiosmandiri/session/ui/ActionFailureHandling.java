package id.kiosmandiri.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A touch whose work throws (a login that cannot get a database connection in time, a bug) shows the
 * error screen with "Coba lagi", as a failing screen does. Vaadin's own handler only logs such an error
 * and leaves the member on a screen that does nothing, with no word of what happened.
 */
@Component
class ActionFailureHandling implements VaadinServiceInitListener {

    private static final ErrorHandler VAADINS_OWN = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable failure = DefaultErrorHandler.findRelevantThrowable(error.getThrowable());
            if (UI.getCurrent() == null || failure instanceof ActionFailed
                    || !ErrorHandlerUtil.handleErrorByRedirectingToErrorView(new ActionFailed(failure))) {
                VAADINS_OWN.error(error); // no screen to put it on (a background task): logged as Vaadin does
            }
        }));
    }
}
