package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.function.BiConsumer;

/**
 * A PIN typed on the keypad: six dots ({@code pin-display}, with {@code data-count}), an alert line
 * for what went wrong, and the keypad, whose OK waits for six digits. The login, the PIN change and
 * the PIN confirmation of a contact change all ask for the PIN with it; each screen places the three
 * parts in its own layout.
 */
public final class PinEntry {

    public static final int LENGTH = 6;

    private final Div dots = new Div();
    private final Paragraph error;
    private final NumericKeypad keypad;

    /**
     * @param errorId the id of the alert line on this screen
     * @param onOk    the six digits, and this entry (to show an error or clear the keypad)
     */
    public PinEntry(String errorId, BiConsumer<String, PinEntry> onOk) {
        dots.setId("pin-display");
        dots.addClassName("pin-display");
        dots.getElement().setAttribute("role", "img"); // six dots, named by how many are filled
        render(0);
        error = errorLine(errorId);
        keypad = new NumericKeypad(LENGTH, typed -> {
            render(typed.length());
            keypad().setOkEnabled(typed.length() == LENGTH);
            if (!typed.isEmpty()) {
                fadeError(error);
            }
        }, typed -> onOk.accept(typed, this));
        keypad.setOkEnabled(false);
    }

    public Div dots() {
        return dots;
    }

    public Paragraph error() {
        return error;
    }

    public NumericKeypad keypad() {
        return keypad;
    }

    /** Shows {@code text} in the alert line (empty hides it). */
    public void showError(String text) {
        showError(error, text);
    }

    /** Empties the keypad and the dots, e.g. after a wrong PIN. */
    public void clear() {
        keypad.clear();
    }

    private void render(int filled) {
        dots.removeAll();
        for (int i = 0; i < LENGTH; i++) {
            Span dot = new Span();
            dot.addClassName(i < filled ? "pin-dot-filled" : "pin-dot");
            dots.add(dot);
        }
        dots.getElement().setAttribute("data-count", String.valueOf(filled));
        dots.getElement().setAttribute("aria-label", dots.getTranslation("pin.dots.label", filled, LENGTH));
    }

    /** An alert line of a kiosk screen: hidden while empty, read out by screen readers when it changes. */
    public static Paragraph errorLine(String id) {
        Paragraph error = new Paragraph();
        error.setId(id);
        error.addClassName("login-error");
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    public static void showError(Paragraph error, String text) {
        error.setText(text);
        error.setClassName("visible", !text.isEmpty());
        error.removeClassName("faded");
        if (!text.isEmpty() && ReadAloud.on()) {
            error.getUI().ifPresent(ui -> ReadAloud.sayLine(ui, text));
        }
    }

    /**
     * Typing again puts the message away but keeps its room: were it removed, the keypad below
     * would jump up under the member's finger, and the next quick touch would land on another key.
     */
    public static void fadeError(Paragraph error) {
        error.setClassName("faded", error.hasClassName("visible"));
    }
}
