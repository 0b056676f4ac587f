package com.inventorytracker.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.inventorytracker.MutableClock;
import com.inventorytracker.TestClockConfiguration;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.inventorytracker.web.PageFixtures.REFRESHED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The status area and the no-script refresh, with the refresh job's state and the clock
 * under test control.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, TestSnapshots.class })
class NoscriptRefreshTests {

	static final Instant NOW = REFRESHED_AT.plus(Duration.ofSeconds(10));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestSnapshots snapshots;

	@Autowired
	MutableClock clock;

	@MockitoBean
	RefreshStatusService refreshStatus;

	private long version;

	@BeforeEach
	void writeSnapshot() {
		version = snapshots.write(REFRESHED_AT, PageFixtures.ALL);
		clock.set(NOW);
	}

	@Test
	void reloadsWhenTheNextRefreshIsDuePlusAMargin() throws Exception {
		status(NOW.plusMillis(290_300), false);

		assertThat(page("/gloves")).contains("<noscript><meta http-equiv=\"refresh\" content=\"301\"></noscript>");
		assertThat(page("/")).contains("<noscript><meta http-equiv=\"refresh\" content=\"301\"></noscript>");
	}

	@Test
	void retriesSoonWhenTheRefreshIsOverdue() throws Exception {
		status(NOW.minus(Duration.ofSeconds(40)), false);

		assertThat(page("/gloves")).contains("<noscript><meta http-equiv=\"refresh\" content=\"15\"></noscript>");
	}

	@Test
	void retriesSoonWhileARefreshRunsAndSaysItIsUpdating() throws Exception {
		status(NOW.minus(Duration.ofSeconds(1)), true);

		assertThat(page("/gloves")).contains("<noscript><meta http-equiv=\"refresh\" content=\"15\"></noscript>")
			.contains("data-refreshing=\"true\"")
			.contains("<span class=\"updating\" role=\"status\" data-updating>Updating…</span>");
	}

	@Test
	void aCachedPageKeepsTheValueItWasRenderedWithWhichStaysAboveTheRetry() throws Exception {
		status(NOW.plusSeconds(100), false);
		MockHttpServletResponse first = response("/gloves", null);
		clock.set(NOW.plusSeconds(130));
		MockHttpServletResponse overdue = response("/gloves", null);

		assertThat(first.getContentAsString()).contains("content=\"110\"");
		assertThat(overdue.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(overdue.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
	}

	@Test
	void statusAreaGivesTheScriptTheVersionAndTheNextRefresh() throws Exception {
		status(Instant.parse("2026-11-25T12:05:00Z"), false);

		assertThat(page("/gloves")).contains("data-snapshot-version=\"" + version + "\"")
			.contains("data-next-refresh-at=\"2026-11-25T12:05:00Z\"")
			.contains("data-refresh-interval=\"300\"")
			.contains("data-status-url=\"/api/status\"")
			.containsPattern("<span>Next refresh at</span>\\s*<time data-local datetime=\"2026-11-25T12:05:00Z\">"
					+ "2026-11-25 12:05 UTC</time>")
			.containsPattern("<span class=\"updating\" role=\"status\" data-updating hidden=\"hidden\">");
	}

	@Test
	void warnsOfAFailingCategoryThatNeverLoaded() throws Exception {
		SourceStatus beanies = new SourceStatus(SourceStatus.SourceKind.CATEGORY, "beanies", 0, null, NOW, "HTTP 404",
				true);
		given(refreshStatus.current()).willReturn(new RefreshStatus(version, REFRESHED_AT, NOW.plusSeconds(60), false,
				List.of(beanies), List.of(), null, null, null));

		assertThat(page("/beanies")).containsPattern(
				"<li><span>Products of beanies have not loaded yet</span>\\s*<span>— the API is failing</span></li>")
			.contains("There are no products in this category in the current data.");
	}

	private void status(Instant nextRefreshAt, boolean refreshing) {
		given(refreshStatus.current()).willReturn(new RefreshStatus(version, REFRESHED_AT, nextRefreshAt, refreshing,
				List.of(), List.of(), null, null, null));
	}

	private String page(String url) throws Exception {
		return response(url, null).getContentAsString();
	}

	private MockHttpServletResponse response(String url, String acceptEncoding) throws Exception {
		var request = get(url);
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

}
