package id.kiosmandiri.e2e;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A journey in real headless Chromium (Debian's chromium + chromium-driver) against the server
 * started on a random port. Screenshots go to {@code target/screenshots/}.
 */
@IntegrationTest
public abstract class BrowserTest {

    public static final Dimension PORTRAIT = new Dimension(1080, 1920);
    public static final Dimension LANDSCAPE = new Dimension(1920, 1080);

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = newChrome(PORTRAIT);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected static WebDriver newChrome(Dimension size) {
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
        WebDriver driver = new ChromeDriver(service, options);
        resizeViewport(driver, size);
        return driver;
    }

    /** Sizes the window so the page itself (the viewport) has exactly this size. */
    protected static void resizeViewport(WebDriver driver, Dimension viewport) {
        driver.manage().window().setSize(viewport);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(
                (int) (2L * viewport.getWidth() - innerWidth), (int) (2L * viewport.getHeight() - innerHeight)));
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

    /** Saves the current screen as {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshots of the current screen in portrait and landscape. */
    protected void screenshotBothOrientations(String name) {
        resizeViewport(driver, PORTRAIT);
        waitForVaadin();
        screenshot(name + "-portrait");
        resizeViewport(driver, LANDSCAPE);
        waitForVaadin();
        screenshot(name + "-landscape");
        resizeViewport(driver, PORTRAIT);
        waitForVaadin();
    }
}
