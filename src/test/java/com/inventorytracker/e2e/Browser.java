package com.inventorytracker.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian Chromium per test class, driven through Debian's own chromedriver
 * named explicitly, so that Selenium never looks for (or downloads) a driver or a
 * browser. Register it on a static field with {@code @RegisterExtension}. Without
 * Chromium the class is skipped, except on CI ({@code CI=true}), where a missing browser
 * fails the build rather than letting the browser tests vanish unnoticed. After each test
 * it saves a screenshot under {@code target/e2e-screenshots}.
 */
final class Browser implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
		AfterAllCallback {

	/**
	 * Where Debian's packages put them; a machine with another layout names its own with
	 * these properties.
	 */
	private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

	private static final Logger log = LoggerFactory.getLogger(Browser.class);

	private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

	/**
	 * Long enough for the largest page (thousands of rows) on a busy two-core machine.
	 */
	private static final Duration PAGE_LOAD = Duration.ofSeconds(60);

	/**
	 * Records Content-Security-Policy violations of every document before its own scripts
	 * run. Injected through the DevTools protocol, which the page's policy does not
	 * govern, so the recorder itself never counts as one.
	 */
	private static final String CSP_RECORDER = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', function (event) {
			  window.cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
			});
			""";

	private final boolean javascript;

	private ChromeDriver driver;

	private Path profile;

	private String baseUrl;

	private Browser(boolean javascript) {
		this.javascript = javascript;
	}

	static Browser withJavaScript() {
		return new Browser(true);
	}

	/** A browser that never runs a script, as a locked-down handheld might be set up. */
	static Browser withoutJavaScript() {
		return new Browser(false);
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		List<Path> missing = missingBinaries();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		if (onCi()) {
			return ConditionEvaluationResult.enabled("CI=true: a missing browser fails the browser tests");
		}
		String reason = "Browser tests skipped: " + missing + " not installed. Install Debian's chromium and "
				+ "chromium-driver packages to run them (with CI=true they fail instead).";
		if (context.getTestMethod().isEmpty()) {
			// the reason reaches only the test reports: say it in the build's output too
			log.warn("{}: {}", context.getDisplayName(), reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		List<Path> missing = missingBinaries();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("CI=true but " + missing + " is not installed, so the browser tests "
					+ "cannot run: install Debian's chromium and chromium-driver packages (.ci/run does).");
		}
		this.profile = Files.createTempDirectory("e2e-chromium-");
		this.driver = new ChromeDriver(driverService(), options());
		this.driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
		if (this.javascript) {
			this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		this.baseUrl = "http://localhost:" + port;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws IOException {
		if (this.driver.getCurrentUrl().startsWith("data:")) {
			return; // this browser was not used by the test (a class may have two)
		}
		Files.createDirectories(SCREENSHOTS);
		byte[] screenshot = this.driver.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(screenshotName(context) + ".png"), screenshot);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			if (this.profile != null) {
				FileSystemUtils.deleteRecursively(this.profile);
			}
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a path of the application under test, such as {@code /gloves?sort=-price},
	 * and waits for it to load.
	 */
	void open(String pathAndQuery) {
		this.driver.get(url(pathAndQuery));
	}

	String url(String pathAndQuery) {
		return this.baseUrl + pathAndQuery;
	}

	WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	List<WebElement> findAll(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/**
	 * Waits for a condition, polling; elements replaced by a reload meanwhile count as
	 * "not yet".
	 */
	<T> T waitUntil(Duration timeout, String what, Function<ChromeDriver, T> condition) {
		return new WebDriverWait(this.driver, timeout, Duration.ofMillis(200))
			.ignoring(StaleElementReferenceException.class)
			.withMessage(what)
			.until(driver -> {
				try {
					return condition.apply((ChromeDriver) driver);
				}
				catch (WebDriverException ex) {
					// a wait polls across reloads: an element found in the document
					// before
					// may be gone as a node that "does not belong to the document"
					if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
						return null;
					}
					throw ex;
				}
			});
	}

	/**
	 * Marks the current document. A reload or a navigation starts a new document without
	 * the mark, while a page that only updates itself keeps it.
	 */
	void markDocument() {
		script("window.e2eMark = 'still this document';");
	}

	boolean documentMarked() {
		return "still this document".equals(script("return window.e2eMark || null;"));
	}

	/** The console entries since the last call (reading the browser's log empties it). */
	List<LogEntry> consoleEntries() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll();
	}

	/** The Content-Security-Policy violations the current document has reported. */
	@SuppressWarnings("unchecked")
	List<String> cspViolations() {
		Object violations = script("return window.cspViolations || null;");
		if (violations == null) {
			throw new IllegalStateException("The CSP recorder did not run in " + this.driver.getCurrentUrl());
		}
		return (List<String>) violations;
	}

	/**
	 * Class and method, and for a parameterized test its invocation, such as
	 * {@code [2] /gloves}.
	 */
	private String screenshotName(ExtensionContext context) {
		String method = context.getRequiredTestMethod().getName();
		String name = context.getRequiredTestClass().getSimpleName() + "." + method;
		String display = context.getDisplayName();
		if (!display.startsWith(method + "(")) {
			name += "-" + display.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
		}
		return this.javascript ? name : name + "-noscript";
	}

	private ChromeOptions options() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--user-data-dir=" + this.profile,
				"--window-size=1280,900");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		if (!this.javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		return options;
	}

	private static ChromeDriverService driverService() {
		return new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withSilent(true)
			.build();
	}

	private static List<Path> missingBinaries() {
		return List.of(CHROMIUM, CHROMEDRIVER).stream().filter(binary -> !Files.isExecutable(binary)).toList();
	}

	private static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
