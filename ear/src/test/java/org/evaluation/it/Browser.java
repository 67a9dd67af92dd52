package org.evaluation.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;
import org.openqa.selenium.support.ui.ExpectedCondition;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded, and the
 * browser makes no connection but to the application.
 *
 * <p>Every step waits for a state of the page, never for a time, and then acts once:
 * <ul>
 * <li>a click goes out when its element is shown, enabled, inside the window, no longer moving
 * and not covered (by a bar fixed to an edge of the window, a dialog's mask, a panel sliding
 * open); an element outside the window or covered is first brought to its middle;</li>
 * <li>a select menu's list is opened through its PrimeFaces widget, which opens it whether it
 * was closed or not (where a click on the menu would close a list that opened late), and its item
 * is clicked once the widget has finished opening the list.</li>
 * </ul>
 * A step is sent again only when the browser answered that the first never reached the page (the
 * element was replaced or covered when the click arrived), so no repetition undoes a first attempt
 * that took effect late. After each step the helper waits until PrimeFaces has no request queued
 * or running, so the next step sees the page its answer left.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /**
     * How long a step waits for the page before it fails. A wait ends as soon as its condition
     * holds, so this only bounds a failure, generously for a busy two-core machine.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * Whether the element can take a click where it is: "ready" once it is, and still in the same
     * place a moment later (a panel sliding open moves it); otherwise why not. An element outside
     * the window, or covered at its middle, is scrolled to the middle of the window (clear of
     * anything fixed at an edge) for the next look. Run in the page, so that a look costs one
     * command to the browser.
     */
    private static final String CLICKABLE = """
            var el = arguments[0], done = arguments[arguments.length - 1];
            function look() {
                if (!el.isConnected) return 'replaced';
                if (el.disabled || el.getAttribute('aria-disabled') === 'true' || el.classList.contains('ui-state-disabled'))
                    return 'disabled';
                var r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) return 'not shown';
                var x = r.left + r.width / 2, y = r.top + r.height / 2;
                var hit = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight
                    ? document.elementFromPoint(x, y) : null;
                if (hit && (hit === el || el.contains(hit))) return 'ready at ' + [r.left, r.top, r.width, r.height].join(' ');
                el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
                return hit ? 'covered by ' + hit.outerHTML.substring(0, 200) : 'outside the window';
            }
            var first = look();
            if (first.indexOf('ready') !== 0) return done(first);
            setTimeout(function () {
                var second = look();
                done(second === first ? 'ready' : second.indexOf('ready') === 0 ? 'moving' : second);
            }, 50);
            """;

    /**
     * The state of a select menu's list, read from its PrimeFaces widget: "open" once the list is
     * shown, fully opaque and standing still. (PrimeFaces marks the end of its opening transition
     * with a class, but a transition that the browser cancels, or that never runs, leaves the list
     * open without it.) A closed list is opened, the menu first brought to the middle of the
     * window: scrolling the page while the list is open closes it.
     */
    private static final String OPEN_LIST = """
            var done = arguments[arguments.length - 1];
            var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]);
            if (!w || !w.jq || !w.jq[0].isConnected) return done('no menu ' + arguments[0]);
            if (w.jq.hasClass('ui-state-disabled')) return done('disabled');
            var panel = w.panel;
            if (panel.hasClass('ui-connected-overlay-exit')) return done('closing');
            if (!panel.is(':visible')) {
                w.jq[0].scrollIntoView({block: 'center', behavior: 'instant'});
                w.show();
                return done('opening');
            }
            function look() {
                var r = panel[0].getBoundingClientRect();
                return getComputedStyle(panel[0]).opacity + ' ' + [r.left, r.top, r.width, r.height].join(' ');
            }
            var first = look();
            setTimeout(function () {
                done(panel.is(':visible') && first.indexOf('1 ') === 0 && look() === first ? 'open' : 'opening');
            }, 50);
            """;

    /**
     * The item of an open list with the given label, scrolled into sight inside the list (never
     * the page), once it can take a click; otherwise why not.
     */
    private static final String LIST_ITEM = """
            var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]), label = arguments[1];
            if (!w || !w.panel.is(':visible')) return 'the list closed';
            var item = Array.prototype.filter.call(w.panel[0].querySelectorAll('li[data-label]'),
                function (li) { return li.getAttribute('data-label') === label; })[0];
            if (!item) return 'no item "' + label + '"';
            if (item.offsetParent === null || item.classList.contains('ui-state-disabled')) return 'item not shown';
            PrimeFaces.scrollInView(w.itemsWrapper, jQuery(item));
            var r = item.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
            var hit = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight
                ? document.elementFromPoint(x, y) : null;
            if (hit && (hit === item || item.contains(hit))) return item;
            return hit ? 'item covered by ' + hit.outerHTML.substring(0, 200) : 'item outside the window';
            """;

    /**
     * Answers once the page has loaded and PrimeFaces has no ajax request queued or running,
     * looking every 20 ms in the page itself: a wait costs one command to the browser, however
     * long the server takes.
     */
    private static final String QUIET = """
            var done = arguments[arguments.length - 1];
            (function look() {
                if (document.readyState === 'complete' && (!window.PrimeFaces
                        || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)))) {
                    done(true);
                } else {
                    setTimeout(look, 20);
                }
            })();
            """;

    private static final Pattern URI_PATH = Pattern.compile("^https?://[^/]+");

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
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        // every page notes what its Content-Security-Policy blocked, from before its first script
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
    }

    private static final String CSP_LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
                window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')
                    + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
            });
            """;

    private final List<String> cspViolations = new java.util.ArrayList<>();

    /**
     * What the Content-Security-Policy of the pages this browser has shown so far blocked: a script
     * or handler without the page's nonce, an eval, a plugin. Gathered before each page is left.
     */
    public List<String> cspViolations() {
        gatherCspViolations();
        return List.copyOf(cspViolations);
    }

    /** Forgets the violations gathered so far: those a test caused on purpose. */
    public void forgetCspViolations() {
        gatherCspViolations();
        cspViolations.clear();
    }

    @SuppressWarnings("unchecked")
    private void gatherCspViolations() {
        try {
            Object found = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || [];");
            String page = path();
            ((List<Object>) found).forEach(v -> cspViolations.add(page + ": " + v));
            ((JavascriptExecutor) driver).executeScript("window.__cspViolations = [];");
        } catch (WebDriverException noPage) {
            // a page that is going away, or none yet: nothing of it to gather
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The elements that {@code css} selects whose text, trimmed, is {@code text}. */
    public static By withText(String css, String text) {
        return new By() {
            @Override
            public List<WebElement> findElements(SearchContext context) {
                return context.findElements(By.cssSelector(css)).stream()
                        .filter(e -> e.getText().strip().equals(text)).toList();
            }

            @Override
            public String toString() {
                return css + " with the text \"" + text + "\"";
            }
        };
    }

    /** The elements that {@code css} selects whose text contains {@code text}. */
    public static By containing(String css, String text) {
        return new By() {
            @Override
            public List<WebElement> findElements(SearchContext context) {
                return context.findElements(By.cssSelector(css)).stream()
                        .filter(e -> e.getText().contains(text)).toList();
            }

            @Override
            public String toString() {
                return css + " containing \"" + text + "\"";
            }
        };
    }

    /** The label of a radio button or checkbox, by the id of its input: what a person clicks. */
    public static By labelOf(String inputId) {
        return By.cssSelector("label[for='" + inputId + "']");
    }

    /** Opens a page of the application, given relative to its context root. */
    public void open(String path) {
        gatherCspViolations();
        driver.get(base.toString().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
        waitForAjax();
    }

    public WebElement find(String cssSelector) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public WebElement byId(String id) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The text of a shown element, read again if an ajax update replaced it meanwhile. */
    public String text(String cssSelector) {
        return waitFor(d -> {
            WebElement element = d.findElement(By.cssSelector(cssSelector));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /** Waits until the condition holds, asking again every 50 ms while the page is being replaced. */
    public <T> T waitFor(ExpectedCondition<T> condition) {
        return waitFor(condition, condition::toString);
    }

    private <T> T waitFor(ExpectedCondition<T> condition, Supplier<String> what) {
        // an element read while the page is being replaced answers "stale" or "not in the document"
        return new WebDriverWait(driver, PATIENCE, POLL).withMessage(what)
                .ignoring(WebDriverException.class).until(condition);
    }

    public void waitForText(String cssSelector, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    /** Waits until the page has loaded and no PrimeFaces ajax request is queued or running. */
    public void waitForAjax() {
        // a page replaced while the script waits ends it with an error: it is then asked again on the new page
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(QUIET)), () -> "a quiet page");
    }

    /**
     * Types into an input so that it holds exactly {@code value}. Clearing fires "change", on which
     * an ajax update may replace the input and lose the keys: then the new input is typed into
     * again, which leaves the same value whether the first typing took or not.
     */
    public void type(String id, String value) {
        waitForAjax();
        waitFor(d -> {
            WebElement input = d.findElement(By.id(id));
            if (!value.equals(input.getAttribute("value"))) {
                script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", input);
                input.clear();
                waitForAjax();
                input.sendKeys(value);
                waitForAjax();
            }
            return value.equals(d.findElement(By.id(id)).getAttribute("value")) ? Boolean.TRUE : null;
        }, () -> "typing \"" + value + "\" into " + id);
    }

    /**
     * Types a date (yyyy-MM-dd) into the input of a PrimeFaces date picker and closes its calendar,
     * which would otherwise cover the fields below. The old text is deleted as backspacing does:
     * clearing it the WebDriver way fires only "change", on which the picker puts its value back.
     */
    public void typeDate(String inputId, String date) {
        waitForAjax();
        String picker = inputId.replaceAll("_input$", "");
        waitFor(d -> {
            WebElement input = d.findElement(By.id(inputId));
            if (!date.equals(input.getAttribute("value"))) {
                script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", input);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(date);
            }
            if (d.findElements(By.id(picker + "_panel")).stream().anyMatch(WebElement::isDisplayed)) {
                input.sendKeys(Keys.ESCAPE);
                return null;
            }
            waitForAjax();
            return date.equals(d.findElement(By.id(inputId)).getAttribute("value")) ? Boolean.TRUE : null;
        }, () -> "typing the date " + date + " into " + inputId);
    }

    /** Clicks the element with the given id once it can take the click (see the class comment). */
    public void click(String id) {
        click(By.id(id));
    }

    /** Clicks the first shown element the locator finds, once it can take the click. */
    public void click(By locator) {
        waitForAjax();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            WebElement element = clickable(locator);
            try {
                element.click();
                break;
            } catch (StaleElementReferenceException | ElementNotInteractableException notDelivered) {
                // the browser says the click never reached the page: replaced, or covered as it arrived
                if (System.nanoTime() > deadline) {
                    throw notDelivered;
                }
            }
        }
        waitForAjax();
    }

    /** Clicks something that loads another page, and waits until that page has replaced this one. */
    public void clickAndLoad(By locator) {
        gatherCspViolations();
        WebElement page = driver.findElement(By.tagName("html"));
        click(locator);
        waitFor(ExpectedConditions.stalenessOf(page));
        waitForAjax();
    }

    /** Waits until the first shown element the locator finds can take a click where it is. */
    private WebElement clickable(By locator) {
        String[] last = {"not found"};
        return waitFor(d -> {
            WebElement element = d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            last[0] = element == null ? "not found" : (String) ((JavascriptExecutor) d).executeAsyncScript(CLICKABLE, element);
            return "ready".equals(last[0]) ? element : null;
        }, () -> "a click on " + locator + ": " + last[0]);
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label: the widget opens the list, the
     * item is clicked once the list is open and the item in sight, and the menu then shows it.
     */
    public void choose(String menuId, String label) {
        waitForAjax();
        String[] last = {""};
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            waitFor(d -> {
                last[0] = (String) ((JavascriptExecutor) d).executeAsyncScript(OPEN_LIST, menuId);
                return "open".equals(last[0]) ? Boolean.TRUE : null;
            }, () -> "the list of " + menuId + " to open: " + last[0]);
            WebElement item = waitFor(d -> {
                Object found = ((JavascriptExecutor) d).executeScript(LIST_ITEM, menuId, label);
                last[0] = found instanceof String reason ? reason : "";
                return found instanceof WebElement element ? element : null;
            }, () -> "the item \"" + label + "\" of " + menuId + ": " + last[0]);
            try {
                // the pointer to the item's middle and a click there, as a person does: the element click
                // of WebDriver scrolls the page first, and the widget closes its list when the page scrolls
                new Actions(driver).moveToElement(item).click().perform();
                break;
            } catch (StaleElementReferenceException | MoveTargetOutOfBoundsException notDelivered) {
                // the list was replaced or moved as the click went out: nothing was chosen, open it again
                if (System.nanoTime() > deadline) {
                    throw notDelivered;
                }
            }
        }
        waitForText("#" + menuId.replace(":", "\\:") + "_label", label);
        waitForAjax();
    }

    /**
     * Signs out by forgetting the session, then signs in on the sign-in page. The application's
     * page is left first, for an empty one, so that no request it still had pending (an autosave,
     * say) can bring back a session cookie after the browser has dropped its cookies. An account
     * with two-factor sign-in gets the code of the {@link Authenticator}; one whose roles require it
     * and that has none sets it up as its owner would, and goes on to the home page.
     */
    public void signIn(String username, String password) {
        enterPassword(username, password);
        if (!driver.findElements(By.id("secondFactor:code")).isEmpty()) {
            type("secondFactor:code", Authenticator.nextCode(username));
            clickAndLoad(By.id("secondFactor:verify"));
        } else if (!driver.findElements(By.id("enrolForm:code")).isEmpty()) {
            enrolTwoFactor(username);
            clickAndLoad(By.id("continue"));
        }
    }

    /** The first step of signing in: user name and password, and nothing after. */
    public void enterPassword(String username, String password) {
        gatherCspViolations();
        driver.get("about:blank");
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open("login.xhtml");
        type("signIn:username", username);
        type("signIn:password", password);
        clickAndLoad(By.id("signIn:submit"));
    }

    /**
     * On the page that sets up two-factor sign-in: reads the key into the {@link Authenticator},
     * confirms it with a code, and answers the recovery codes shown.
     */
    public List<String> enrolTwoFactor(String username) {
        Authenticator.add(username, text("#totpKey"));
        type("enrolForm:code", Authenticator.nextCode(username));
        clickAndLoad(By.id("enrolForm:enable"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".recovery-code")));
        return driver.findElements(By.cssSelector(".recovery-code")).stream().map(WebElement::getText).toList();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** axe-core's WCAG 2.1 A and AA rules (README, Accessibility). */
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(function (r) {
                   done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                       .map(function (v) {
                           return v.impact + ' ' + v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 3)
                               .map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2); })
                               .join(' | ');
                       }));
               })
               .catch(function (e) { done(['axe-core failed: ' + e]); });
            """;

    /**
     * The serious and critical violations of WCAG 2.1 A/AA that axe-core finds in the page as it
     * stands, one line each: rule, how many elements, the first few of them.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        waitForAjax();
        String axe;
        try {
            axe = Files.readString(Path.of(System.getProperty("it.axe", "target/axe/node_modules/axe-core/axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build (npm) before the integration tests", e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        return (List<String>) js.executeAsyncScript(AXE_RUN);
    }

    /**
     * Sets the browser's text size to a multiple of its usual 16 px, as a reader with large text
     * does in the browser's settings: every size the style sheets give in rem or em follows.
     */
    public void enlargeText(double factor) {
        int standard = (int) Math.round(16 * factor);
        ((ChromeDriver) driver).executeCdpCommand("Page.setFontSizes", Map.of("fontSizes",
                Map.of("standard", standard, "fixed", (int) Math.round(13 * factor))));
    }

    /** How many pixels the page is wider than the window (0 when nothing scrolls sideways). */
    public long sidewaysOverflow() {
        return (Long) script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public String path() {
        return URI_PATH.matcher(driver.getCurrentUrl()).replaceFirst("");
    }

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
    /** Ends the browser; a page that had something blocked by its Content-Security-Policy fails the test. */
    public void close() {
        List<String> blocked;
        try {
            blocked = cspViolations();
        } finally {
            quit();
        }
        if (!blocked.isEmpty()) {
            throw new AssertionError("the Content-Security-Policy blocked scripts of the pages: " + blocked);
        }
    }

    private void quit() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind does no harm
        }
    }
}
