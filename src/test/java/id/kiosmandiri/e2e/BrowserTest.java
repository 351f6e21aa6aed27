package id.kiosmandiri.e2e;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * A journey in real headless Chromium (Debian's chromium + chromium-driver) against the server
 * started on a random port. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Starting Chromium is the largest cost of a browser test, so the tests of one class share
 * one, and each test leaves it as a new one would be, except for its HTTP cache: a new tab (no
 * history, no session storage, no network emulation), no cookies, no site data, the portrait
 * size. A test that changes the browser itself in other ways asks for its own with
 * {@link FreshBrowser}.
 */
@IntegrationTest
public abstract class BrowserTest {

    public static final Dimension PORTRAIT = new Dimension(1080, 1920);
    public static final Dimension LANDSCAPE = new Dimension(1920, 1080);

    /** On a test method: it gets a Chromium of its own, started before it and quit after it. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    protected @interface FreshBrowser {
    }

    /** The Chromium the tests of the running class share (classes run one after another). */
    private static ChromeDriver shared;

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private boolean ownBrowser;

    @BeforeEach
    void startBrowser(TestInfo test) {
        ownBrowser = test.getTestMethod().map(m -> m.isAnnotationPresent(FreshBrowser.class)).orElse(false);
        if (ownBrowser) {
            driver = newChrome(PORTRAIT);
        } else {
            if (shared == null) {
                shared = newChrome(PORTRAIT);
            }
            driver = shared;
        }
        wait = KioskPage.upTo(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void leaveNothingForTheNextTest() {
        if (ownBrowser) {
            driver.quit();
            return;
        }
        try {
            reset(shared);
        } catch (RuntimeException e) {
            stopSharedBrowser(); // a browser that cannot be cleaned is not used again
        }
    }

    @AfterAll
    static void stopSharedBrowser() {
        if (shared != null) {
            try {
                shared.quit();
            } finally {
                shared = null;
            }
        }
    }

    /** The shared browser as a new one would be, but for its HTTP cache. */
    private void reset(ChromeDriver chrome) {
        chrome.switchTo().newWindow(WindowType.TAB);
        String fresh = chrome.getWindowHandle();
        for (String tab : chrome.getWindowHandles()) {
            if (!tab.equals(fresh)) {
                chrome.switchTo().window(tab).close();
            }
        }
        chrome.switchTo().window(fresh);
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "http://localhost:" + port, "storageTypes", "all"));
        resizeViewport(chrome, PORTRAIT);
    }

    protected static ChromeDriver newChrome(Dimension size) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-US",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        // the driver path is given, so Selenium Manager never tries to download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        resizeViewport(driver, size);
        return driver;
    }

    /**
     * From the next page load on, this browser notes every Content-Security-Policy violation (the
     * page's {@code securitypolicyviolation} events, registered before any page script runs); read them
     * with {@link #cspViolations}.
     */
    protected static void recordCspViolations(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
                """));
    }

    /** The violations noted on the page now shown (an empty list when none, or when not recording). */
    @SuppressWarnings("unchecked")
    protected static java.util.List<String> cspViolations(WebDriver browser) {
        Object found = ((JavascriptExecutor) browser).executeScript("return window.__cspViolations || [];");
        return (java.util.List<String>) found;
    }

    /**
     * Sizes the window so the page itself (the viewport) has exactly this size: one resize when
     * the browser has no window frame (headless), a second one to make up for a frame.
     */
    protected static void resizeViewport(WebDriver driver, Dimension viewport) {
        driver.manage().window().setSize(viewport);
        Dimension inner = viewportOf(driver);
        if (!inner.equals(viewport)) {
            driver.manage().window().setSize(new Dimension(
                    2 * viewport.getWidth() - inner.getWidth(), 2 * viewport.getHeight() - inner.getHeight()));
        }
    }

    private static Dimension viewportOf(WebDriver driver) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> size = (java.util.List<Number>) ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
        return new Dimension(size.get(0).intValue(), size.get(1).intValue());
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /** Waits until Vaadin has rendered and has no request in flight. */
    protected void waitForVaadin() {
        KioskPage.waitForVaadin(wait);
    }

    protected WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForVaadin();
    }

    /**
     * Whether the journeys save screenshots ({@code ./mvnw verify -Dscreenshots=true}): they are for
     * people to look at (docs/screenshots comes from them), they assert nothing, and some eighty of
     * them with their window resizes cost the suite about a minute, so a plain run skips them.
     */
    protected static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots");

    /** Saves the current screen as {@code target/screenshots/<name>.png}, whatever the switch says. */
    protected static Path takeScreenshot(WebDriver browser, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of this browser's screen, when screenshots are asked for. */
    protected static void screenshot(WebDriver browser, String name) {
        if (SCREENSHOTS) {
            takeScreenshot(browser, name);
        }
    }

    protected void screenshot(String name) {
        screenshot(driver, name);
    }

    /**
     * Screenshots of the current screen in portrait and landscape, leaving it in portrait, when
     * screenshots are asked for. Journeys run in portrait, so usually only the landscape one costs
     * a resize and one back.
     */
    protected static void screenshotBothOrientations(WebDriver browser, String name) {
        if (!SCREENSHOTS) {
            return;
        }
        WebDriverWait settled = KioskPage.upTo(browser, Duration.ofSeconds(20));
        if (!viewportOf(browser).equals(PORTRAIT)) {
            resizeViewport(browser, PORTRAIT);
            KioskPage.waitForVaadin(settled);
        }
        takeScreenshot(browser, name + "-portrait");
        resizeViewport(browser, LANDSCAPE);
        KioskPage.waitForVaadin(settled);
        takeScreenshot(browser, name + "-landscape");
        resizeViewport(browser, PORTRAIT);
        KioskPage.waitForVaadin(settled);
    }

    protected void screenshotBothOrientations(String name) {
        screenshotBothOrientations(driver, name);
    }
}
