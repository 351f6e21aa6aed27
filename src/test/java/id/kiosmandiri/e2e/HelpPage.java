package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

/** The help screens: contacts and answers, "Panggil petugas" and the queue number. */
class HelpPage extends KioskPage {

    HelpPage(WebDriver driver) {
        super(driver);
    }

    /** From the login screen's first step, for someone who cannot log in. */
    static HelpPage fromLogin(LoginPage login) {
        login.click("login-help");
        HelpPage help = new HelpPage(login.driver);
        help.byId("help-contacts");
        return help;
    }

    HelpPage openAnswer(String topic) {
        click("help-topic-" + topic);
        byId("help-answer");
        return this;
    }

    HelpPage back() {
        click("help-back");
        byId("help-contacts");
        return this;
    }

    /** "Panggil petugas" on the main screen, then the topic: returns the queue number shown. */
    String callStaffAbout(String topic) {
        click("help-call-staff");
        byId("help-pick");
        click("help-topic-" + topic);
        return text("queue-number");
    }

    String queueStatus() {
        return byId("queue-status").getAttribute("data-status");
    }

    HelpPage cancel() {
        click("help-cancel");
        byId("help-cancelled");
        return this;
    }
}
