package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import java.util.function.Consumer;

/**
 * The on-screen keypad: digits, backspace, clear, OK. There is no input field, so the operating
 * system keyboard can never appear. Keys have the ids tests rely on: key-0 ... key-9, key-back,
 * key-clear, key-ok.
 */
public class NumericKeypad extends Div {

    private final StringBuilder digits = new StringBuilder();
    private final int maxLength;
    private final Consumer<String> onChange;
    private final Button ok;

    public NumericKeypad(int maxLength, Consumer<String> onChange, Consumer<String> onOk) {
        this.maxLength = maxLength;
        this.onChange = onChange;
        addClassName("keypad");
        for (int i : new int[]{1, 2, 3, 4, 5, 6, 7, 8, 9}) {
            add(digitKey(i));
        }
        Button clear = key("key-clear", getTranslation("keypad.clear"), () -> {
            clear();
            spoken();
        });
        clear.addClassName("keypad-clear");
        add(clear, digitKey(0));
        Button back = key("key-back", "⌫", this::backspace);
        back.getElement().setAttribute("aria-label", getTranslation("keypad.back"));
        back.addClassName("keypad-back");
        add(back);
        ok = key("key-ok", getTranslation("keypad.ok"), () -> onOk.accept(digits.toString()));
        ok.addClassNames("keypad-ok", "kiosk-primary");
        add(ok);
    }

    /**
     * The box that shows what the keypad typed: a read-only text box for screen readers, never an input
     * field (no system keyboard), its digits also in {@code data-value}.
     */
    public static Div display(String id, String placeholder) {
        Div display = new Div();
        display.setId(id);
        display.addClassNames("number-display", "empty");
        display.setText(placeholder);
        display.getElement().setAttribute("role", "textbox");
        display.getElement().setAttribute("aria-readonly", "true");
        display.getElement().setAttribute("inputmode", "none");
        display.getElement().setAttribute("data-value", "");
        return display;
    }

    private Button digitKey(int digit) {
        Button b = key("key-" + digit, String.valueOf(digit), () -> press(digit));
        b.addClassName("keypad-digit");
        return b;
    }

    private Button key(String id, String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addClassName("keypad-key");
        return b;
    }

    private void press(int digit) {
        if (digits.length() < maxLength) {
            digits.append(digit);
            onChange.accept(digits.toString());
        }
        spoken();
    }

    private void backspace() {
        if (!digits.isEmpty()) {
            digits.setLength(digits.length() - 1);
            onChange.accept(digits.toString());
        }
        spoken();
    }

    /** With read aloud on, a touched key says how many digits there are now, never which. */
    private void spoken() {
        getUI().ifPresent(ui -> ReadAloud.typed(ui, digits.length(), false));
    }

    public void clear() {
        digits.setLength(0);
        onChange.accept("");
    }

    public String value() {
        return digits.toString();
    }

    public void setOkEnabled(boolean enabled) {
        ok.setEnabled(enabled);
    }
}
