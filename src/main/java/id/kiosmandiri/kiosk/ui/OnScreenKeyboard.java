package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The on-screen letter keyboard, for an email or an address: there is no input field, so the
 * operating system keyboard can never appear. What was typed shows in a display above the keys
 * (read-only for the OS: {@code role=textbox}, {@code aria-readonly}, {@code inputmode=none}, the
 * value in {@code data-value}). QWERTY rows that fit 1080 px portrait and 1920×1080 landscape.
 *
 * <p>Ids: container {@code osk}, display {@code osk-display}, keys {@code osk-a} … {@code osk-z},
 * {@code osk-0} … {@code osk-9}, {@code osk-at}, {@code osk-dot}, {@code osk-dash},
 * {@code osk-underscore}, {@code osk-comma}, {@code osk-slash}, {@code osk-space}, {@code osk-back},
 * {@code osk-clear}, {@code osk-shift}, {@code osk-ok}.
 *
 * <p>Shift: one tap makes the next letter a capital; a second tap locks capitals; a third turns
 * them off ({@code data-shift} on the container says {@code off}, {@code once} or {@code locked}).
 */
public class OnScreenKeyboard extends Div {

    /** Where the shift key stands. */
    public enum Shift { OFF, ONCE, LOCKED }

    private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final char[] PUNCTUATION = {'@', '.', '-', '_', ',', '/'};

    private final StringBuilder value = new StringBuilder();
    private final int maxLength;
    private final Consumer<String> onChange;
    private final Div display = new Div();
    private final String placeholder;
    private final List<Button> letters = new ArrayList<>();
    private final Button shiftKey;
    private final Button ok;
    private Shift shift = Shift.OFF;

    /**
     * @param maxLength   the most characters it takes; keys do nothing beyond
     * @param placeholder shown in the display while nothing is typed
     * @param onChange    called with the whole value after each key that changed it
     * @param onOk        called with the whole value when OK is pressed
     */
    public OnScreenKeyboard(int maxLength, String placeholder, Consumer<String> onChange, Consumer<String> onOk) {
        this.maxLength = maxLength;
        this.placeholder = placeholder;
        this.onChange = onChange;
        setId("osk");
        addClassName("osk");
        display.setId("osk-display");
        display.addClassNames("number-display", "osk-display");
        display.getElement().setAttribute("role", "textbox");
        display.getElement().setAttribute("aria-label", placeholder); // a field is named for screen readers
        display.getElement().setAttribute("aria-readonly", "true");
        display.getElement().setAttribute("inputmode", "none");
        add(display);

        shiftKey = key("osk-shift", "⇧", this::toggleShift);
        shiftKey.addClassNames("osk-wide", "osk-function");
        shiftKey.getElement().setAttribute("aria-label", getTranslation("osk.shift"));
        for (String row : ROWS) {
            Div keys = row();
            if (row.equals("zxcvbnm")) {
                keys.add(shiftKey);
            }
            for (char c : row.toCharArray()) {
                Button b = key("osk-" + c, String.valueOf(c), () -> type(c));
                if (Character.isLetter(c)) {
                    letters.add(b);
                }
                keys.add(b);
            }
            if (row.equals("asdfghjkl")) {
                Button back = key("osk-back", "⌫", this::backspace);
                back.getElement().setAttribute("aria-label", getTranslation("osk.back"));
                back.addClassNames("osk-wide", "osk-function");
                keys.add(back);
            }
            if (row.equals("zxcvbnm")) {
                keys.add(punctuation(','), punctuation('.'));
            }
        }
        Div last = row();
        last.add(punctuation('@'), punctuation('-'), punctuation('_'), punctuation('/'));
        Button space = key("osk-space", getTranslation("osk.space"), () -> type(' '));
        space.addClassName("osk-space");
        Button clear = key("osk-clear", getTranslation("keypad.clear"), this::clear);
        clear.addClassNames("osk-wide", "osk-function");
        last.add(space, clear);
        ok = key("osk-ok", getTranslation("keypad.ok"), () -> onOk.accept(value.toString()));
        ok.addClassNames("osk-ok", "kiosk-primary");
        Div okRow = row();
        okRow.add(ok);
        render();
    }

    private Div row() {
        Div row = new Div();
        row.addClassName("osk-row");
        add(row);
        return row;
    }

    private Button punctuation(char c) {
        String name = switch (c) {
            case '@' -> "at";
            case '.' -> "dot";
            case '-' -> "dash";
            case '_' -> "underscore";
            case ',' -> "comma";
            case '/' -> "slash";
            default -> throw new IllegalArgumentException(String.valueOf(c));
        };
        return key("osk-" + name, String.valueOf(c), () -> type(c));
    }

    private Button key(String id, String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addClassName("osk-key");
        return b;
    }

    private void type(char c) {
        if (value.length() >= maxLength) {
            return;
        }
        boolean capital = Character.isLetter(c) && shift != Shift.OFF;
        value.append(capital ? Character.toUpperCase(c) : c);
        if (Character.isLetter(c) && shift == Shift.ONCE) {
            setShift(Shift.OFF);
        }
        changed();
    }

    private void backspace() {
        if (!value.isEmpty()) {
            value.setLength(value.length() - 1);
            changed();
        }
    }

    /** Empties the display. */
    public void clear() {
        value.setLength(0);
        changed();
    }

    private void toggleShift() {
        setShift(switch (shift) {
            case OFF -> Shift.ONCE;
            case ONCE -> Shift.LOCKED;
            case LOCKED -> Shift.OFF;
        });
    }

    private void setShift(Shift next) {
        shift = next;
        getElement().setAttribute("data-shift", next.name().toLowerCase(Locale.ROOT));
        shiftKey.setClassName("osk-shift-on", next != Shift.OFF);
        boolean upper = next != Shift.OFF;
        for (Button letter : letters) {
            String text = letter.getText();
            letter.setText(upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT));
        }
    }

    private void changed() {
        render();
        onChange.accept(value.toString());
        // with read aloud on: how many characters, never which (an address, an e-mail)
        getUI().ifPresent(ui -> ReadAloud.typed(ui, value.length(), true));
    }

    private void render() {
        display.setText(value.isEmpty() ? placeholder : value.toString());
        display.setClassName("empty", value.isEmpty());
        display.getElement().setAttribute("data-value", value.toString());
        if (shift == Shift.OFF) {
            getElement().setAttribute("data-shift", "off");
        }
    }

    public String value() {
        return value.toString();
    }

    public Shift shift() {
        return shift;
    }

    public void setOkEnabled(boolean enabled) {
        ok.setEnabled(enabled);
    }
}
