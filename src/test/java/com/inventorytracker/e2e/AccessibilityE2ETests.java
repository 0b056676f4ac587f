package com.inventorytracker.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.inventorytracker.refresh.RefreshStatusService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page passes axe-core's WCAG 2.0 and 2.1 level A and AA rules on a phone
 * and on a desktop, in the light and in the dark scheme. A violation is fixed in the
 * page, never by switching its rule off.
 */
@TrackerE2ETest
class AccessibilityE2ETests {

	@RegisterExtension
	static final Browser browser = Browser.withJavaScript();

	private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * axe takes minutes over the thousands of rows of a full category, which all come
	 * from one line of the template. So before it runs, the rows past the first 150 leave
	 * the document, except the first of each availability and the first few unconfirmed
	 * ones: every kind of row stays checked, in every scheme.
	 */
	private static final String THIN_ROWS = """
			var seen = {}, stale = 0;
			Array.from(document.querySelectorAll('tr[data-product-id]')).forEach(function (row, index) {
			  var availability = row.getAttribute('data-availability');
			  var keep = index < 150 || !seen[availability] || (row.querySelector('.stale-mark') && stale++ < 5);
			  seen[availability] = true;
			  if (!keep) {
			    row.remove();
			  }
			});
			""";

	@Autowired
	private RunningTracker tracker;

	@Autowired
	private RefreshStatusService refreshStatus;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void firstSnapshotIsThere() {
		this.tracker.awaitFirstSnapshot();
	}

	@AfterEach
	void backToTheBrowsersOwnScreen() {
		Screen.reset(browser);
	}

	/**
	 * @param marker an element only that kind of page has, so that a changed route cannot
	 * make the check pass on another page
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			index          | /                                               | .cards
			category, full | /gloves                                         | table.products
			filtered       | /gloves?availability=UNKNOWN&sort=-price        | tr[data-availability=UNKNOWN]
			paged          | /facemasks?size=50&page=2                       | nav.pager a[rel=prev]
			empty          | /gloves?q=no-such-product-name                  | p.empty
			not found      | /shoes                                          | .error-page
			bad request    | /gloves?size=lots                               | .error-detail
			""")
	void pageHasNoWcagViolationsOnAnyScreen(String kind, String address, String marker) {
		assertThat(violationsOnEveryScreen(address, marker)).as(kind + " page " + address).isEmpty();
	}

	@Test
	void firstLoadPageHasNoWcagViolationsOnAnyScreen() {
		// the status service reads the snapshot's version as "none yet" while it is
		// negative; the products stay
		long version = this.tracker.snapshotVersion();
		setSnapshotVersion(-version);
		try {
			assertThat(violationsOnEveryScreen("/gloves", ".first-load")).isEmpty();
		}
		finally {
			setSnapshotVersion(version);
		}
		assertThat(this.tracker.snapshotVersion()).isEqualTo(version);
	}

	private List<String> violationsOnEveryScreen(String address, String marker) {
		List<String> found = new ArrayList<>();
		for (Screen screen : Screen.values()) {
			screen.applyTo(browser);
			browser.open(address);
			assertThat(browser.findAll(marker)).as(marker + " on " + address).isNotEmpty();
			browser.script(THIN_ROWS);
			for (Rule rule : new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(browser.driver()).getViolations()) {
				found.add(screen + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
						+ rule.getNodes()
							.stream()
							.limit(3)
							.map(node -> node.getTarget() + " " + node.getFailureSummary())
							.collect(Collectors.joining("; ")));
			}
		}
		return found;
	}

	private void setSnapshotVersion(long version) {
		this.jdbc.sql("UPDATE snapshot SET version = :version WHERE id = 1").param("version", version).update();
		this.refreshStatus.reload();
	}

}
