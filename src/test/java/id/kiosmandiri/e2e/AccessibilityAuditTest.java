package id.kiosmandiri.e2e;

import id.kiosmandiri.demo.DemoLogin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every member screen, in portrait and in landscape, in each display mode (default, large text,
 * high contrast): axe-core finds no violation of WCAG 2.1 A/AA nor of the enhanced 7:1 contrast, and
 * with large text nothing scrolls sideways, no text is cut off and every touch target is at least
 * 80 px. (The idle warning and the connection-lost overlay are not in the walk: they take waiting.)
 * One walk per orientation; on each screen the modes are put on the page's body the way
 * the server puts them ({@code data-access}), because switching through the menu on every screen
 * would triple the walk (the menu itself is tested in MemberJourneyTest and AccessibilityMenuTest).
 * All findings are collected, so one run shows every screen that needs work. Every screen also runs
 * under the server's Content-Security-Policy without a violation.
 */
class AccessibilityAuditTest extends BrowserTest {

    private static final List<String> MODES = List.of("", "large", "contrast");

    private final List<String> findings = new ArrayList<>();
    private String orientation;

    @Test
    void everyMemberScreenPassesAxeInEachModeAndLargeTextReflowsInBothOrientations() {
        recordCspViolations(driver); // and runs under the server's Content-Security-Policy without a violation
        walk(PORTRAIT, "portrait");
        walk(LANDSCAPE, "landscape");
        assertThat(findings).as("accessibility findings").isEmpty();
    }

    private void walk(Dimension size, String name) {
        orientation = name;
        resizeViewport(driver, size);
        open("");
        AttractPage attract = new AttractPage(driver);
        if (name.equals("portrait")) { // the recorder works: an image from elsewhere is a violation it sees
            ((JavascriptExecutor) driver).executeScript(
                    "const i = document.createElement('img'); i.id = 'csp-probe'; i.src = 'http://example.invalid/x.png'; document.body.appendChild(i);");
            KioskPage.upTo(driver, Duration.ofSeconds(10)).until(d -> cspViolations(d).stream().anyMatch(v -> v.startsWith("img-src")));
            ((JavascriptExecutor) driver).executeScript("window.__cspViolations = []; document.getElementById('csp-probe').remove();");
        }
        audit("attract");
        LoginPage login = attract.start();
        audit("login-choice");
        login.chooseKpj().typeOnKeypad(DemoLogin.BUDI.kpj().substring(0, 4));
        audit("login-number");
        login.click("key-clear");
        login.typeOnKeypad(DemoLogin.BUDI.kpj()).confirmNumber();
        audit("login-pin");
        HomePage home = login.loginWithPin(DemoLogin.BUDI.pin());
        audit("home");

        home.openBalance();
        audit("balance");
        if (SCREENSHOTS && orientation.equals("portrait")) { // the README's pair
            setModes("large");
            screenshotBothOrientations("balance-large");
            setModes("contrast");
            screenshotBothOrientations("balance-contrast");
            setModes("");
        }
        ContributionsPage contributions = HomePage.backHome(home).openContributions();
        audit("contributions");
        contributions.openFirstRow();
        audit("month-details");
        HomePage.backHome(home).openBills();
        audit("bills");
        PrintMenuPage print = HomePage.backHome(home).openPrint();
        audit("print");
        print.choose("print-balance");
        audit("receipt-preview");
        if (SCREENSHOTS) {
            setModes("large");
            screenshot("receipt-large-" + orientation);
            setModes("");
        }

        UpdatePage update = HomePage.backHome(home).openUpdate();
        audit("update");
        update.choose("update-phone");
        audit("update-phone");
        update.click("update-back");
        update.choose("update-address");
        audit("update-address");

        HomePage.backHome(home).click("menu-help");
        HelpPage help = new HelpPage(driver);
        help.byId("help-contacts");
        audit("help");
        help.openAnswer("pin");
        audit("help-answer");
        help.back().callStaffAbout("pin");
        audit("help-queue-number");
        help.cancel().click("help-exit");

        home.click("menu-card");
        home.byId("digital-card");
        audit("card");
        HomePage.backHome(home).click("menu-pin");
        home.byId("pin-display");
        audit("pin");
        home.logout();
        setModes("");
    }

    private void audit(String screen) {
        cspViolations(driver).forEach(v -> findings.add(screen + ", " + orientation + ": CSP " + v));
        for (String mode : MODES) {
            setModes(mode);
            String where = screen + ", " + orientation + (mode.isEmpty() ? "" : ", " + mode);
            Axe.violations(driver).forEach(v -> findings.add(where + ": " + v));
            if (mode.equals("large")) {
                layoutProblems().forEach(p -> findings.add(where + ": " + p));
            }
        }
        setModes("");
    }

    /** The modes on the body, as AccessMode.apply puts them there. */
    private void setModes(String modes) {
        ((JavascriptExecutor) driver).executeScript("document.body.setAttribute('data-access', arguments[0]);", modes);
    }

    /**
     * Sideways scrolling, text wider than its box (also inside the components' shadow roots) and
     * touch targets under 80 px, on what is shown.
     */
    @SuppressWarnings("unchecked")
    private List<String> layoutProblems() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var problems = [];
                if (document.documentElement.scrollWidth > window.innerWidth) {
                  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
                }
                function name(el) {
                  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.classList.length ? '.' + Array.from(el.classList).slice(0, 2).join('.') : '');
                }
                function shown(el) {
                  var r = el.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
                }
                function check(root, host) {
                  root.querySelectorAll('*').forEach(function (el) {
                    if (el.shadowRoot) { check(el.shadowRoot, el); }
                    if (!shown(el) || el.closest('.access-panel, .receipt-print')) { return; }
                    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
                        ) {
                      problems.push('cut off: ' + (host ? name(host) + ' > ' : '') + name(el) + ' ' + el.scrollWidth + ' > ' + el.clientWidth);
                    }
                    if (!host && el.matches('vaadin-button, vaadin-select, a[href], [role=button]')) {
                      var r = el.getBoundingClientRect();
                      if (r.height < 80 || r.width < 80) {
                        problems.push('small target: ' + name(el) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                      }
                    }
                  });
                }
                check(document, null);
                return problems;""");
    }
}
