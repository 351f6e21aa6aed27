package id.kiosmandiri.e2e;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;

class LoginPage extends KioskPage {

    LoginPage(WebDriver driver) {
        super(driver);
    }

    /** A card on the reader: its number typed fast, then Enter ({@link #readCard}). */
    LoginPage swipeCard(String number) {
        readCard(number);
        byId("pin-display");
        return this;
    }

    /** A person pressing the same keys slowly on a keyboard: must not count as a card. */
    LoginPage typeSlowlyOnKeyboard(String number) {
        waitForCardReader();
        Actions actions = new Actions(driver);
        for (char c : number.toCharArray()) {
            actions.sendKeys(String.valueOf(c)).pause(Duration.ofMillis(150));
        }
        actions.sendKeys(Keys.ENTER).perform();
        waitForVaadin();
        return this;
    }

    LoginPage chooseNik() {
        click("login-by-nik");
        byId("id-display");
        return this;
    }

    LoginPage chooseKpj() {
        click("login-by-kpj");
        byId("id-display");
        return this;
    }

    LoginPage typeOnKeypad(String digits) {
        tap(keypadKeys(digits));
        return this;
    }

    LoginPage confirmNumber() {
        click("key-ok");
        byId("pin-display");
        return this;
    }

    LoginPage enterPin(String pin) {
        typeOnKeypad(pin);
        click("key-ok");
        return this;
    }

    HomePage loginWithPin(String pin) {
        enterPin(pin);
        HomePage home = new HomePage(driver);
        home.byId("member-name");
        return home;
    }

    String error() {
        return text("login-error");
    }

    String pinDotsFilled() {
        return byId("pin-display").getAttribute("data-count");
    }
}
