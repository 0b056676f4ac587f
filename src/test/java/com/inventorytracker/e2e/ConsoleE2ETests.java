package com.inventorytracker.e2e;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.logging.LogEntry;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages run cleanly under their own Content-Security-Policy
 * ({@code script-src 'self'}, no inline code): no console error and no policy violation,
 * from loading the page to the script's first status poll.
 */
@TrackerE2ETest
class ConsoleE2ETests {

	@RegisterExtension
	static final Browser browser = Browser.withJavaScript();

	private static final Duration SCRIPT_RUN = Duration.ofSeconds(10);

	private static final String STATUS_POLLS = """
			return performance.getEntriesByType('resource').filter(function (entry) {
			  return entry.name.indexOf('/api/status') >= 0;
			}).length;
			""";

	@Autowired
	private RunningTracker tracker;

	@BeforeEach
	void firstSnapshotIsThere() {
		this.tracker.awaitFirstSnapshot();
		browser.consoleEntries();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/gloves", "/gloves?q=k%C3%B6&availability=INSTOCK&sort=-price&size=50" })
	void pageAndItsStatusPollRunWithoutConsoleErrorsOrPolicyViolations(String address) {
		browser.open(address);
		browser.waitUntil(SCRIPT_RUN, "the script's countdown",
				driver -> browser.find("[data-countdown]").getText().startsWith("Next refresh in "));
		// the script asks at once when its tab becomes visible: that gives its first poll
		// without a ten-second wait
		browser.script("document.dispatchEvent(new Event('visibilitychange'));");
		browser.waitUntil(SCRIPT_RUN, "the script's status poll", driver -> (Long) browser.script(STATUS_POLLS) > 0);

		assertThat(browser.cspViolations()).isEmpty();
		assertThat(problems(browser.consoleEntries())).isEmpty();
	}

	/**
	 * Chromium logs every answer with an error status as "Failed to load resource", the
	 * page's own 404 included: that entry is the expected answer, not a fault of the
	 * page, so it is the one entry let through.
	 */
	@Test
	void notFoundPageLogsNothingButItsOwnNotFoundStatus() {
		browser.open("/no-such-category");

		assertThat(browser.find("h1").getText()).isEqualTo("No such category");
		// an error page has no status area, so the script only loads, shows local times
		// and stops
		browser.waitUntil(SCRIPT_RUN, "the script to load", driver -> (Boolean) browser.script("""
				return document.readyState === 'complete' && performance.getEntriesByType('resource')
				  .some(function (entry) { return entry.name.indexOf('/js/tracker') >= 0; });
				"""));
		assertThat(browser.cspViolations()).isEmpty();
		List<LogEntry> problems = problems(browser.consoleEntries());
		// the status line's reason phrase is optional, and Tomcat sends none: "404 ()"
		String ownNotFound = Pattern.quote(browser.url("/no-such-category"))
				+ " - Failed to load resource: the server responded with a status of 404 \\(.*\\)";
		assertThat(problems).extracting(LogEntry::getMessage).singleElement().asString().matches(ownNotFound);
	}

	/**
	 * The checks above can fail: an inline script, which the policy forbids, shows up in
	 * both of them.
	 */
	@Test
	void blockedInlineScriptIsSeenByBothChecks() {
		browser.open("/beanies?size=50");

		browser.script("""
				var inline = document.createElement('script');
				inline.textContent = 'window.inlineScriptRan = true;';
				document.body.appendChild(inline);
				""");

		List<String> violations = browser.waitUntil(Duration.ofSeconds(5), "a policy violation",
				driver -> browser.cspViolations().isEmpty() ? null : browser.cspViolations());
		assertThat(violations).containsExactly("script-src-elem blocked inline");
		assertThat(browser.script("return window.inlineScriptRan || null;")).isNull();
		assertThat(problems(browser.consoleEntries())).extracting(LogEntry::getMessage)
			.singleElement()
			.asString()
			.contains("Content Security Policy");
	}

	/** Errors, and anything about the policy whatever its level. */
	private static List<LogEntry> problems(List<LogEntry> entries) {
		return entries.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
					|| entry.getMessage().contains("Content Security Policy")
					|| entry.getMessage().contains("Content-Security-Policy"))
			.toList();
	}

}
