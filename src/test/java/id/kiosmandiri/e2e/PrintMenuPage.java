package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

/** "Cetak": the balance slip, the statements by year, and receipts that did not print yet. */
class PrintMenuPage extends KioskPage {

    PrintMenuPage(WebDriver driver) {
        super(driver);
    }

    ReceiptPage choose(String id) {
        click(id);
        return ReceiptPage.shown(driver);
    }

    ReceiptPage printAgain(String receiptNumber) {
        return choose("print-again-" + receiptNumber);
    }
}
