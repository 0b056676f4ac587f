package com.inventorytracker.refresh;

import java.time.Duration;

import com.inventorytracker.TestClockConfiguration;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.inventorytracker.catalog.Category;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the scheduler on, the first refresh runs right after start-up, on its own thread:
 * the application is up while that run still waits for the API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE,
		properties = { "inventory.refresh.scheduler-enabled=true", "inventory.refresh.interval=1h" })
@Import(TestClockConfiguration.class)
@DirtiesContext
class RefreshJobTests {

	static final HeldAnswers held = new HeldAnswers();

	static final WireMockServer upstream = new WireMockServer(options().dynamicPort().extensions(held));

	static {
		upstream.start();
		TestWarehouse.stubGoodAnswers(upstream);
		upstream.stubFor(get(urlPathEqualTo(TestWarehouse.productsPath(Category.GLOVES)))
			.willReturn(okJson(TestWarehouse.products(Category.GLOVES)).withTransformers(HeldAnswers.NAME)));
	}

	@DynamicPropertySource
	static void upstreamUrl(DynamicPropertyRegistry registry) {
		registry.add("inventory.upstream.base-url", upstream::baseUrl);
	}

	@AfterAll
	static void stopUpstream() {
		held.release();
		upstream.stop();
	}

	@Autowired
	RefreshService refreshService;

	@Autowired
	RefreshStatusService statusService;

	@Test
	void firstRefreshRunsInTheBackgroundRightAfterStartUpAndTheNextIsDueAnIntervalLater() throws Exception {
		held.awaitArrival();
		RefreshStatus duringFirstRun = statusService.current();
		boolean manualRunWhileScheduledOneGoes = refreshService.refresh().isPresent();
		held.release();

		assertThat(duringFirstRun.refreshing()).isTrue();
		assertThat(duringFirstRun.hasSnapshot()).isFalse();
		assertThat(manualRunWhileScheduledOneGoes).isFalse();
		await().atMost(Duration.ofSeconds(30)).until(() -> !statusService.current().refreshing());
		RefreshStatus afterFirstRun = statusService.current();
		assertThat(afterFirstRun.snapshotVersion()).isEqualTo(1);
		assertThat(afterFirstRun.lastRun().products()).isEqualTo(6);
		assertThat(afterFirstRun.nextRefreshAt()).isEqualTo(TestClockConfiguration.NOW.plus(Duration.ofHours(1)));
	}

}
