package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

class BalancePage extends KioskPage {

    BalancePage(WebDriver driver) {
        super(driver);
    }

    String jhtBalance() {
        return text("jht-balance");
    }

    String jpContributions() {
        return text("jp-contributions");
    }

    ReceiptPage printBalance() {
        click("print-balance");
        return ReceiptPage.shown(driver);
    }
}
