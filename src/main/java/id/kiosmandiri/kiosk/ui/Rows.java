package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label on the left and a value on the right: the line of a statement. */
public final class Rows {

    private Rows() {
    }

    public static Div row(String label, String value) {
        Span l = new Span(label);
        l.addClassName("row-label");
        Span v = new Span(value);
        v.addClassName("row-value");
        Div row = new Div(l, v);
        row.addClassName("statement-row");
        return row;
    }

    public static Div row(String label, String value, String valueId) {
        Div row = row(label, value);
        row.getChildren().skip(1).findFirst().ifPresent(c -> c.setId(valueId));
        return row;
    }
}
