package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/**
 * A plain HTML form, sent by the browser itself (not a Vaadin round trip): the staff login posts
 * to Spring Security like any login form, and the password never passes through Vaadin's UI state.
 */
@Tag("form")
class PlainForm extends HtmlContainer {

    PlainForm(String method, String action) {
        getElement().setAttribute("method", method);
        getElement().setAttribute("action", action);
    }
}
