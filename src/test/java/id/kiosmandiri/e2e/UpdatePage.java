package id.kiosmandiri.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The update screen (update) and its steps: new value, PIN, review; the ids of ../shared/KIOSK-UX.md. */
class UpdatePage extends KioskPage {

    UpdatePage(WebDriver driver) {
        super(driver);
        byId("update-pending");
    }

    UpdatePage choose(String buttonId) {
        click(buttonId);
        return this;
    }

    UpdatePage typeOnKeypad(String digits) {
        tap(keypadKeys(digits));
        return this;
    }

    /** Types on the letter keyboard: lower-case letters, digits and its signs. */
    UpdatePage typeOnKeyboard(String text) {
        tap(text.chars().mapToObj(c -> switch (c) {
                case '@' -> "osk-at";
                case '.' -> "osk-dot";
                case '-' -> "osk-dash";
                case '_' -> "osk-underscore";
                case ',' -> "osk-comma";
                case '/' -> "osk-slash";
                case ' ' -> "osk-space";
                default -> "osk-" + (char) c;
            }).toList());
        return this;
    }

    UpdatePage enterPin(String pin) {
        byId("pin-display");
        typeOnKeypad(pin);
        click("key-ok");
        return this;
    }

    String error() {
        return text("update-error");
    }

    String statusOf(long requestId) {
        return byId("update-change-" + requestId).getAttribute("data-status");
    }

    boolean hasEntry(long requestId) {
        return !driver.findElements(By.id("update-change-" + requestId)).isEmpty();
    }
}
