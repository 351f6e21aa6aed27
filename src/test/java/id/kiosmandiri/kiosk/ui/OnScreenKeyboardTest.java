package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter keyboard as a component: keys pressed on the server, what it says it holds. */
class OnScreenKeyboardTest {

    private final List<String> changes = new ArrayList<>();
    private final List<String> submitted = new ArrayList<>();

    private OnScreenKeyboard keyboard(int maxLength) {
        return new OnScreenKeyboard(maxLength, "…", changes::add, submitted::add);
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(OnScreenKeyboardTest::all));
    }

    private static Button key(OnScreenKeyboard keyboard, String id) {
        Optional<Component> found = all(keyboard).filter(c -> id.equals(c.getId().orElse(null))).findFirst();
        return (Button) found.orElseThrow(() -> new AssertionError("no key " + id));
    }

    private static void press(OnScreenKeyboard keyboard, String... ids) {
        for (String id : ids) {
            key(keyboard, id).click();
        }
    }

    private static String display(OnScreenKeyboard keyboard) {
        return all(keyboard).filter(c -> "osk-display".equals(c.getId().orElse(null))).findFirst().orElseThrow()
                .getElement().getAttribute("data-value");
    }

    @Test
    void hasTheKeysOfTheContract() {
        OnScreenKeyboard keyboard = keyboard(10);
        Set<String> ids = all(keyboard).map(c -> c.getId().orElse(null)).filter(id -> id != null).collect(Collectors.toSet());
        for (char c = 'a'; c <= 'z'; c++) {
            assertThat(ids).contains("osk-" + c);
        }
        for (char c = '0'; c <= '9'; c++) {
            assertThat(ids).contains("osk-" + c);
        }
        assertThat(ids).contains("osk", "osk-display", "osk-at", "osk-dot", "osk-dash", "osk-underscore", "osk-comma", "osk-slash",
                "osk-space", "osk-back", "osk-clear", "osk-shift", "osk-ok");
        assertThat(ids).hasSize(26 + 10 + 13);
        Component display = all(keyboard).filter(c -> "osk-display".equals(c.getId().orElse(null))).findFirst().orElseThrow();
        assertThat(display.getElement().getAttribute("role")).isEqualTo("textbox");
        assertThat(display.getElement().getAttribute("aria-readonly")).isEqualTo("true");
        assertThat(display.getElement().getAttribute("inputmode")).isEqualTo("none");
        assertThat(all(keyboard).map(c -> c.getElement().isTextNode() ? "#text" : c.getElement().getTag())).as("no input field").doesNotContain("input", "vaadin-text-field");
    }

    @Test
    void keysTypeAnEmail() {
        OnScreenKeyboard keyboard = keyboard(160);
        press(keyboard, "osk-b", "osk-u", "osk-d", "osk-i", "osk-underscore", "osk-1", "osk-at", "osk-m", "osk-a", "osk-i", "osk-l",
                "osk-dash", "osk-x", "osk-dot", "osk-c", "osk-o");
        assertThat(keyboard.value()).isEqualTo("budi_1@mail-x.co");
        assertThat(display(keyboard)).isEqualTo("budi_1@mail-x.co");
        assertThat(changes).last().isEqualTo("budi_1@mail-x.co");
        press(keyboard, "osk-back", "osk-m");
        assertThat(keyboard.value()).isEqualTo("budi_1@mail-x.cm");
        press(keyboard, "osk-ok");
        assertThat(submitted).containsExactly("budi_1@mail-x.cm");
        press(keyboard, "osk-clear");
        assertThat(keyboard.value()).isEmpty();
        assertThat(display(keyboard)).isEmpty();
    }

    @Test
    void shiftOnceMakesOneCapitalTwiceLocksThriceIsOff() {
        OnScreenKeyboard keyboard = keyboard(100);
        press(keyboard, "osk-shift", "osk-j", "osk-l", "osk-dot", "osk-space");
        assertThat(keyboard.value()).isEqualTo("Jl. ");
        assertThat(keyboard.shift()).isEqualTo(OnScreenKeyboard.Shift.OFF);
        press(keyboard, "osk-shift", "osk-shift");
        assertThat(keyboard.shift()).isEqualTo(OnScreenKeyboard.Shift.LOCKED);
        assertThat(keyboard.getElement().getAttribute("data-shift")).isEqualTo("locked");
        assertThat(key(keyboard, "osk-a").getText()).as("the keys show capitals").isEqualTo("A");
        press(keyboard, "osk-r", "osk-t", "osk-slash", "osk-0", "osk-1", "osk-comma");
        assertThat(keyboard.value()).as("digits and signs have no capitals").isEqualTo("Jl. RT/01,");
        press(keyboard, "osk-shift", "osk-a");
        assertThat(keyboard.shift()).isEqualTo(OnScreenKeyboard.Shift.OFF);
        assertThat(key(keyboard, "osk-a").getText()).isEqualTo("a");
        assertThat(keyboard.value()).isEqualTo("Jl. RT/01,a");
    }

    @Test
    void stopsAtItsMaximumLength() {
        OnScreenKeyboard keyboard = keyboard(3);
        press(keyboard, "osk-a", "osk-b", "osk-c", "osk-d", "osk-space");
        assertThat(keyboard.value()).isEqualTo("abc");
        assertThat(changes).hasSize(3);
        press(keyboard, "osk-back", "osk-e");
        assertThat(keyboard.value()).isEqualTo("abe");
    }
}
