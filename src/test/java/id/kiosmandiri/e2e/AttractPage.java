package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

class AttractPage extends KioskPage {

    AttractPage(WebDriver driver) {
        super(driver);
    }

    LoginPage start() {
        click("start");
        LoginPage login = new LoginPage(driver);
        login.byId("login-card-hint");
        return login;
    }
}
