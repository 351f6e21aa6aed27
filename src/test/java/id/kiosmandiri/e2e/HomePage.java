package id.kiosmandiri.e2e;

import org.openqa.selenium.WebDriver;

class HomePage extends KioskPage {

    HomePage(WebDriver driver) {
        super(driver);
    }

    String greeting() {
        return text("member-name");
    }

    BalancePage openBalance() {
        click("menu-balance");
        BalancePage page = new BalancePage(driver);
        page.byId("jht-balance");
        return page;
    }

    ContributionsPage openContributions() {
        click("menu-contributions");
        ContributionsPage page = new ContributionsPage(driver);
        page.byId("contributions-grid");
        return page;
    }

    BillsPage openBills() {
        click("menu-bills");
        BillsPage page = new BillsPage(driver);
        page.byId("bills-list");
        return page;
    }

    PrintMenuPage openPrint() {
        click("menu-print");
        PrintMenuPage page = new PrintMenuPage(driver);
        page.byId("print-balance");
        return page;
    }

    UpdatePage openUpdate() {
        click("menu-update");
        return new UpdatePage(driver);
    }

    static HomePage backHome(KioskPage from) {
        from.click("nav-home");
        HomePage home = new HomePage(from.driver);
        home.byId("member-name");
        return home;
    }
}
