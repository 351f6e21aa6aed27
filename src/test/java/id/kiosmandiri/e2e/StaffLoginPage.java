package id.kiosmandiri.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The staff login (staff/login) and, once signed in, the staff shell: the ids of ../shared/KIOSK-UX.md. */
class StaffLoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    StaffLoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = KioskPage.upTo(driver, Duration.ofSeconds(20));
        byId("staff-username");
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean isShown(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    /** Types the username and password and sends the form; the browser loads whatever the server answers. */
    void submit(String username, String password) {
        byId("staff-username").sendKeys(username);
        byId("staff-password").sendKeys(password);
        WebElement send = byId("staff-login");
        send.click();
        wait.until(ExpectedConditions.stalenessOf(send)); // the browser loads the server's answer
        KioskPage.waitForVaadin(wait);
    }

    /** A login that must succeed: the staff shell is shown afterwards. */
    StaffShell loginAs(String username, String password) {
        submit(username, password);
        return new StaffShell(driver);
    }

    String error() {
        return byId("staff-login-error").getText();
    }

    /** The staff shell around every staff page. */
    static final class StaffShell {

        private final WebDriver driver;
        private final WebDriverWait wait;

        StaffShell(WebDriver driver) {
            this.driver = driver;
            this.wait = KioskPage.upTo(driver, Duration.ofSeconds(20));
            KioskPage.upTo(driver, Duration.ofSeconds(20))
                    .withMessage(() -> "no staff shell at " + driver.getCurrentUrl() + ": "
                            + driver.getPageSource().substring(0, Math.min(600, driver.getPageSource().length())))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-logout")));
        }

        WebElement byId(String id) {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        }

        String path() {
            return java.net.URI.create(driver.getCurrentUrl()).getPath();
        }

        String user() {
            return byId("staff-user").getText();
        }

        /** The fleet table's rows, by id. */
        @SuppressWarnings("unchecked")
        List<String> kioskRows() {
            byId("fleet");
            // read in the page in one step: a pushed refresh may replace the rows between two WebDriver calls
            return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('#fleet tbody tr')).map(r => r.id);");
        }

        void open(String navId, String shownId) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(navId))).click();
            KioskPage.waitForVaadin(wait);
            byId(shownId);
        }

        StaffLoginPage logout() {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("staff-logout"))).click();
            wait.until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals("/staff/login"));
            KioskPage.waitForVaadin(wait);
            return new StaffLoginPage(driver);
        }
    }
}
