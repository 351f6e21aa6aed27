package id.kiosmandiri.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The receipt screen: the preview, Cetak, and what became of the print. */
class ReceiptPage extends KioskPage {

    private static final Pattern NUMBER = Pattern.compile("No\\. ([A-Z0-9-]+-\\d{8}-\\d{4})");

    ReceiptPage(WebDriver driver) {
        super(driver);
    }

    static ReceiptPage shown(WebDriver driver) {
        ReceiptPage page = new ReceiptPage(driver);
        page.byId("receipt-preview");
        return page;
    }

    String preview() {
        return text("receipt-preview");
    }

    /** The receipt number on the preview: there once the receipt is stored. */
    String number() {
        Matcher m = NUMBER.matcher(preview());
        if (!m.find()) {
            throw new AssertionError("no receipt number on the preview: " + preview());
        }
        return m.group(1);
    }

    ReceiptPage confirm() {
        click("print-confirm");
        return this;
    }

    ReceiptPage retry() {
        click("print-retry");
        return this;
    }

    ReceiptPage showOnScreen() {
        click("print-show-on-screen");
        return this;
    }

    /** {@code printing}, {@code printed}, {@code failed}, {@code none}, or null before Cetak. */
    String status() {
        // before Cetak the status has never been shown: the browser may not have the element at all
        return driver.findElements(By.id("print-status")).stream().findFirst().map(e -> e.getAttribute("data-status")).orElse(null);
    }

    String statusText() {
        return text("print-status");
    }

    /** Waits (up to 20 s: a silent printer takes 3) until the status is this one. */
    ReceiptPage waitForStatus(String expected) {
        upTo(driver, Duration.ofSeconds(20)).until(d -> expected.equals(status()));
        waitForVaadin();
        return this;
    }
}
