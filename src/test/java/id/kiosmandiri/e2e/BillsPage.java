package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

class BillsPage extends KioskPage {

    BillsPage(WebDriver driver) {
        super(driver);
    }

    String billsText() {
        return text("bills-list");
    }
}
