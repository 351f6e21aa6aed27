package id.kiosmandiri.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

class ContributionsPage extends KioskPage {

    ContributionsPage(WebDriver driver) {
        super(driver);
    }

    /** The periods (MM-YYYY) of the month rows shown, top to bottom. */
    List<String> periods() {
        return driver.findElements(By.cssSelector("#contributions-grid .month-row")).stream()
                .map(e -> e.getAttribute("data-period")).toList();
    }

    /** The selected year's summary, as the plain numbers shown. */
    YearCounts yearCounts() {
        return new YearCounts(number("summary-paid"), number("summary-late"), number("summary-unpaid"),
                number("summary-not-due"));
    }

    /** Paid (on time or late) + unpaid (past due) + not due yet = the year's months; late is part of paid. */
    record YearCounts(int paid, int late, int unpaid, int notDue) {
        int months() {
            return paid + unpaid + notDue;
        }
    }

    private int number(String id) {
        return Integer.parseInt(text(id));
    }

    String selectedYear() {
        return byId("year-select").getAttribute("value");
    }

    /** Opens the year select and touches the year. */
    ContributionsPage chooseYear(int year) {
        click("year-select");
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + year + "']")));
        item.click();
        waitForVaadin();
        wait.until(d -> periods().stream().allMatch(p -> p.endsWith("-" + year)) && !periods().isEmpty());
        return this;
    }

    void openFirstRow() {
        driver.findElement(By.cssSelector("#contributions-grid .month-row .month-head")).click();
        waitForVaadin();
    }

    /** The selected year's statement. */
    ReceiptPage printStatement() {
        click("print-statement");
        return ReceiptPage.shown(driver);
    }

    /** The year the print-statement button prints, from its text. */
    String statementYear() {
        return text("print-statement").replaceAll("\\D", "");
    }
}
