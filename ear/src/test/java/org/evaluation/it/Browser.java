package org.evaluation.it;

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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded, and the
 * browser makes no connection but to the application.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;
    private final URL base;

    public Browser(URL base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("evaluation-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1440,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the application, given relative to its context root. */
    public void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
    }

    public WebElement find(String cssSelector) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public WebElement byId(String id) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // an element read while the page is being replaced answers "stale" or "not in the document"
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class).until(condition);
    }

    public void waitForText(String cssSelector, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    /** Types into an input, finding it again if an ajax update replaced it meanwhile. */
    public void type(String id, String value) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement input = byId(id);
                // to the middle of the window, clear of the message bar that sticks to its top
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
                input.clear();
                waitForAjax();
                input.sendKeys(value);
                waitForAjax();
                // clearing fires "change": an ajax update may replace the input and lose the keys
                if (new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(org.openqa.selenium.WebDriverException.class)
                        .until(d -> value.equals(d.findElement(By.id(id)).getAttribute("value")))) {
                    return;
                }
            } catch (org.openqa.selenium.TimeoutException notThere) {
                if (attempt == 5) {
                    throw notThere;
                }
            } catch (org.openqa.selenium.WebDriverException replaced) {
                // "stale element" or "node does not belong to the document": the page changed under us
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Waits until no PrimeFaces ajax request is queued or running. */
    public void waitForAjax() {
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /** Clicks an element after bringing it to the middle of the window, clear of anything fixed at an edge. */
    public void click(String id) {
        WebElement element = byId(id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Chooses an option of a PrimeFaces select menu by its label. */
    public void choose(String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        for (int attempt = 1; ; attempt++) {
            try {
                waitForAjax(); // an earlier choice may still be re-rendering this menu
                WebElement menu = find(css);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
                if (!panelShown(css)) {
                    menu.click();
                }
                if (!new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(org.openqa.selenium.WebDriverException.class)
                        .until(d -> panelShown(css) ? Boolean.TRUE : null)) {
                    throw new org.openqa.selenium.TimeoutException("the list of " + menuId + " did not open");
                }
                // a long list with a filter: narrow it to the label first, once the panel has opened
                if (!driver.findElements(By.cssSelector(css + "_filter")).isEmpty()) {
                    WebElement filter = waitFor(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(css + "_filter")));
                    filter.clear();
                    filter.sendKeys(label);
                }
                WebElement option = waitFor(d -> d.findElements(By.cssSelector(css + "_panel li[data-label='" + label + "']"))
                        .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
                try {
                    option.click();
                } catch (org.openqa.selenium.ElementNotInteractableException underABar) {
                    // a list opened upwards may reach under a bar stuck to the window's top, or still be
                    // sliding open: the option is on the page and shown, so it is clicked where it is
                    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
                }
                waitForText(css + "_label", label);
                return;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
                // a click that came while the menu was being re-rendered may have left its list closed,
                // or opened it late: the widget opens it, which a second click would close again
                ((JavascriptExecutor) driver).executeScript(
                        "var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]); if (w) { w.show(); }", menuId);
            }
        }
    }

    private boolean panelShown(String css) {
        return driver.findElements(By.cssSelector(css + "_panel")).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Signs out by forgetting the session, then signs in on the sign-in page. The current page is
     * left first (the cookies belong to the application's address, so to the sign-in page), so that
     * no request it still had pending, an autosave say, can bring back a session cookie after the
     * cookies are gone.
     */
    public void signIn(String username, String password) {
        open("login.xhtml");
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        type("signIn:username", username);
        type("signIn:password", password);
        WebElement submit = byId("signIn:submit");
        submit.click();
        // the answer replaces the page: wait for it, so no check reads the page before it
        waitFor(ExpectedConditions.stalenessOf(submit));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    public String path() {
        return URI_PATH.matcher(driver.getCurrentUrl()).replaceFirst("");
    }

    private static final java.util.regex.Pattern URI_PATH = java.util.regex.Pattern.compile("^https?://[^/]+");

    /** Keeps a picture of the page under target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind does no harm
        }
    }
}
