package id.kiosmandiri.session.ui;

/**
 * A touch whose work failed (the database away or too busy to give a connection, a bug), wrapped so
 * that the router shows {@link ActionFailedView}: Vaadin redraws a screen as an error view only for an
 * exception type an error view names exactly.
 */
public class ActionFailed extends RuntimeException {

    ActionFailed(Throwable cause) {
        super(cause.toString(), cause);
    }
}
