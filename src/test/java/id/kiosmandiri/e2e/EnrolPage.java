package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

/** The kiosk enrolment screen ({@code enrol}): the code's display, the keypad, the error line. */
class EnrolPage extends KioskPage {

    EnrolPage(WebDriver driver) {
        super(driver);
        byId("enrol-display");
    }

    /** Types the code and touches OK; the browser stays here or goes to the kiosk's start screen. */
    void enter(String code) {
        tap(keypadKeys(code));
        click("key-ok");
    }

    String error() {
        return text("enrol-error");
    }
}
