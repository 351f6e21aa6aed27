package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

/** The change-PIN screen (pin): three keypad steps, then {@code pin-changed}. */
class PinPage extends KioskPage {

    PinPage(WebDriver driver) {
        super(driver);
    }

    /** Types a PIN on the keypad and presses OK. */
    PinPage enter(String pin) {
        tap(keypadKeys(pin));
        click("key-ok");
        return this;
    }

    String step() {
        return text("pin-step");
    }

    String error() {
        return text("pin-error");
    }
}
