package id.kiosmandiri.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every kiosk screen has: elements by id, waiting for Vaadin, Keluar and the language toggle. */
abstract class KioskPage {

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    KioskPage(WebDriver driver) {
        this.driver = driver;
        this.wait = upTo(driver, Duration.ofSeconds(20));
    }

    /**
     * A wait that checks every 50 ms, not every 500 ms as WebDriverWait does by default: a screen
     * usually answers a touch in less than that, and a journey waits after every touch.
     */
    static WebDriverWait upTo(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        // a kiosk page may be sent elsewhere by server push at any moment (an idle logout): a look
        // that the navigation cut short ("aborted by navigation") is looked again, like a not-yet-found one
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    String text(String id) {
        return byId(id).getText();
    }

    boolean isShown(String id) {
        return !driver.findElements(By.id(id)).isEmpty() && driver.findElement(By.id(id)).isDisplayed();
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForVaadin();
    }

    void waitForVaadin() {
        waitForVaadin(wait);
    }

    /**
     * Touches these buttons one after another in one go, as a quick finger on the keypad would,
     * then waits for Vaadin once. The touches are real pointer input; the client queues the
     * clicks that come while one is on its way, so none is lost (which this checks too: the
     * screens assert what was typed). One WebDriver round trip per distinct button, not three
     * per touch plus a wait, which made typing a number and a PIN most of a journey's time.
     */
    void tap(Iterable<String> ids) {
        Map<String, WebElement> buttons = new HashMap<>();
        Actions touches = new Actions(driver);
        for (String id : ids) {
            WebElement button = buttons.computeIfAbsent(id,
                    key -> wait.until(ExpectedConditions.elementToBeClickable(By.id(key))));
            touches.click(button);
        }
        touches.perform();
        waitForVaadin();
    }

    /** The keypad's keys for these digits ({@code key-0} … {@code key-9}). */
    static List<String> keypadKeys(String digits) {
        return digits.chars().mapToObj(c -> "key-" + (char) c).toList();
    }

    /** Until the page has loaded, Vaadin has rendered and has no request in flight. */
    static void waitForVaadin(WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' "
                        + "&& !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients "
                        + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /**
     * Until the card reader is listened to: kiosk.js may load after the screen is shown, and keys
     * typed before it listens are lost.
     */
    void waitForCardReader() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.__kioskMandiri === true && !!document.querySelector('[data-card-target]');")));
    }

    /**
     * The card reader, a keyboard, types {@code keys} and Enter within a few milliseconds, with no
     * field focused. The key events are sent from inside the page in one go: Selenium's key
     * actions take a round trip to the browser per key, and on a busy machine one gap between two
     * of them can pass kiosk.js's 60 ms, which splits the number as a person's slow typing would
     * ({@link LoginPage#typeSlowlyOnKeyboard} types with real key actions, 150 ms apart).
     */
    void readCard(String keys) {
        waitForCardReader();
        ((JavascriptExecutor) driver).executeScript("""
                var target = document.activeElement || document.body;
                arguments[0].split('').concat(['Enter']).forEach(function (key) {
                  target.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true, cancelable: true}));
                });""", keys);
        waitForVaadin();
    }

    AttractPage logout() {
        click("logout");
        AttractPage attract = new AttractPage(driver);
        attract.byId("start");
        return attract;
    }

    void toggleLanguage() {
        click("lang-toggle");
    }
}
