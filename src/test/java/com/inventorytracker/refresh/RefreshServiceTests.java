package com.inventorytracker.refresh;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.inventorytracker.catalog.Category;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.inventorytracker.refresh.TestWarehouse.BEANIE_ABIPLOS;
import static com.inventorytracker.refresh.TestWarehouse.BEANIE_OKKAU;
import static com.inventorytracker.refresh.TestWarehouse.GLOVE_IPPAL;
import static com.inventorytracker.refresh.TestWarehouse.GLOVE_OKKAU;
import static com.inventorytracker.refresh.TestWarehouse.GOOD_AVAILABILITY;
import static com.inventorytracker.refresh.TestWarehouse.MASK_IPPAL;
import static com.inventorytracker.refresh.TestWarehouse.MASK_OKKAU;
import static com.inventorytracker.refresh.TestWarehouse.availabilityPath;
import static com.inventorytracker.refresh.TestWarehouse.productsPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh's promises beyond single faults: data is never lost, and runs never
 * overlap.
 */
class RefreshServiceTests extends UpstreamStubbedTest {

	@Test
	void failingSourcesKeepTheirDataUntilAGoodAnswerReplacesIt() {
		refreshService.refresh();
		Map<String, String> firstRows = storedRows();

		clock.set(T2);
		upstream.resetRequests();
		upstream.stubFor(get(urlPathEqualTo(availabilityPath("ippal"))).willReturn(
				TestWarehouse.goodAvailability("ippal").withHeader("X-Error-Modes-Active", "availability-empty")));
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.GLOVES))).willReturn(aResponse().withStatus(503)));
		refreshService.refresh();

		upstream.verify(exactly(3), getRequestedFor(urlPathEqualTo(availabilityPath("ippal"))));
		upstream.verify(exactly(3), getRequestedFor(urlPathEqualTo(productsPath(Category.GLOVES))));
		assertThat(storedRows()).isEqualTo(firstRows);
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
		assertThat(storedCheckedAt()).containsEntry(GLOVE_IPPAL, T1)
			.containsEntry(MASK_IPPAL, T1)
			.containsEntry(GLOVE_OKKAU, T2)
			.containsEntry(MASK_OKKAU, T2);
		RefreshStatus failing = statusService.current();
		assertThat(failing.snapshotVersion()).isEqualTo(2);
		assertThat(failing.staleSources()).containsExactlyInAnyOrder(
				new SourceStatus(SourceStatus.SourceKind.CATEGORY, "gloves", 2, T1, T2, "HTTP 503 (3 attempts)", true),
				new SourceStatus(SourceStatus.SourceKind.MANUFACTURER, "ippal", 2, T1, T2,
						"built-in failure (X-Error-Modes-Active: availability-empty) (3 attempts)", true));

		clock.set(T3);
		upstream.resetAll();
		TestWarehouse.stubGoodAnswers(upstream);
		refreshService.refresh();

		assertThat(statusService.current().staleSources()).isEmpty();
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
		assertThat(storedCheckedAt()).containsEntry(GLOVE_IPPAL, T3).containsEntry(MASK_IPPAL, T3);
	}

	@Test
	void firstRunWithFailingAvailabilityShowsThoseProductsAsUnknown() {
		upstream.stubFor(get(urlPathEqualTo(availabilityPath("ippal"))).willReturn(aResponse().withStatus(500)));

		refreshService.refresh();

		Map<String, String> expected = new HashMap<>(GOOD_AVAILABILITY);
		expected.put(GLOVE_IPPAL, "UNKNOWN");
		expected.put(MASK_IPPAL, "UNKNOWN");
		assertThat(storedAvailability()).isEqualTo(expected);
		assertThat(storedCheckedAt()).doesNotContainKeys(GLOVE_IPPAL, MASK_IPPAL);
		assertThat(statusService.current().manufacturers()).filteredOn(SourceStatus::stale)
			.singleElement()
			.satisfies(ippal -> {
				assertThat(ippal.name()).isEqualTo("ippal");
				assertThat(ippal.lastSuccess()).isNull();
				assertThat(ippal.lastError()).isEqualTo("HTTP 500 (3 attempts)");
			});
	}

	@Test
	void firstRunWhereEveryCategoryFailsWritesNoSnapshotButRecordsWhy() {
		upstream.stubFor(get(urlPathMatching("/v2/products/.*")).willReturn(aResponse().withStatus(502)));

		refreshService.refresh();

		upstream.verify(exactly(0), getRequestedFor(urlPathMatching("/v2/availability/.*")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM product").query(Integer.class).single()).isZero();
		RefreshStatus status = statusService.current();
		assertThat(status.hasSnapshot()).isFalse();
		assertThat(status.categories()).hasSize(3).allSatisfy(category -> {
			assertThat(category.stale()).isTrue();
			assertThat(category.lastError()).isEqualTo("HTTP 502 (3 attempts)");
			assertThat(category.lastAttempt()).isEqualTo(T1);
			assertThat(category.count()).isZero();
		});
	}

	@Test
	void manufacturersOfAFailedCategoryAreStillAskedAndTheirAnswersUsed() {
		refreshService.refresh();

		clock.set(T2);
		upstream.resetRequests();
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.BEANIES))).willReturn(aResponse().withStatus(503)));
		upstream.stubFor(get(urlPathEqualTo(availabilityPath("okkau"))).willReturn(okJson(TestWarehouse
			.availability(Map.of(GLOVE_OKKAU, "OUTOFSTOCK", MASK_OKKAU, "INSTOCK", BEANIE_OKKAU, "OUTOFSTOCK")))));
		refreshService.refresh();

		// abiplos makes only beanies, which did not answer: the previous snapshot says to
		// ask for it anyway
		upstream.verify(exactly(1), getRequestedFor(urlPathEqualTo(availabilityPath("abiplos"))));
		assertThat(storedAvailability()).containsEntry(BEANIE_OKKAU, "OUTOFSTOCK")
			.containsEntry(BEANIE_ABIPLOS, "UNKNOWN");
		assertThat(storedCheckedAt()).containsEntry(BEANIE_OKKAU, T2);
	}

	@Test
	void unchangedSourcesAnswerNotModifiedAndTheirLastAnswerIsReused() {
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.GLOVES)))
			.willReturn(okJson(TestWarehouse.products(Category.GLOVES)).withHeader("ETag", "\"gloves-1\"")));
		upstream.stubFor(get(urlPathEqualTo(availabilityPath("ippal")))
			.willReturn(TestWarehouse.goodAvailability("ippal").withHeader("ETag", "\"ippal-1\"")));
		refreshService.refresh();

		clock.set(T2);
		upstream.resetRequests();
		upstream.stubFor(
				get(urlPathEqualTo(productsPath(Category.GLOVES))).withHeader("If-None-Match", equalTo("\"gloves-1\""))
					.willReturn(aResponse().withStatus(304)));
		upstream
			.stubFor(get(urlPathEqualTo(availabilityPath("ippal"))).withHeader("If-None-Match", equalTo("\"ippal-1\""))
				.willReturn(aResponse().withStatus(304)));
		refreshService.refresh();

		upstream.verify(exactly(1), getRequestedFor(urlPathEqualTo(productsPath(Category.GLOVES)))
			.withHeader("If-None-Match", equalTo("\"gloves-1\"")));
		upstream.verify(exactly(1), getRequestedFor(urlPathEqualTo(availabilityPath("ippal")))
			.withHeader("If-None-Match", equalTo("\"ippal-1\"")));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
		assertThat(storedCheckedAt()).containsEntry(GLOVE_IPPAL, T2);
		assertThat(statusService.current().staleSources()).isEmpty();
	}

	@Test
	void runAskedForWhileOneIsGoingIsSkipped() throws Exception {
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.GLOVES)))
			.willReturn(okJson(TestWarehouse.products(Category.GLOVES)).withTransformers(HeldAnswers.NAME)));
		CompletableFuture<Optional<RefreshTimings>> first = CompletableFuture.supplyAsync(refreshService::refresh);
		held.awaitArrival();

		Optional<RefreshTimings> second = refreshService.refresh();
		boolean refreshingMeanwhile = statusService.current().refreshing();
		held.release();

		assertThat(second).isEmpty();
		assertThat(refreshingMeanwhile).isTrue();
		assertThat(first.get()).hasValueSatisfying(timings -> assertThat(timings.products()).isEqualTo(6));
		upstream.verify(exactly(1), getRequestedFor(urlPathEqualTo(productsPath(Category.GLOVES))));
		upstream.verify(exactly(6), anyRequestedFor(urlPathMatching("/v2/.*")));
		assertThat(statusService.current().refreshing()).isFalse();
		assertThat(statusService.current().lastRun().products()).isEqualTo(6);
	}

	/** Every stored column of every product, so that "unchanged" means unchanged. */
	private Map<String, String> storedRows() {
		Map<String, String> rows = new HashMap<>();
		jdbc.sql("""
				SELECT category, id, name, search_name, colors, price, manufacturer, availability, availability_rank
				FROM product
				""").query(rs -> {
			rows.put(rs.getString("id"),
					String.join("|", rs.getString("category"), rs.getString("name"), rs.getString("search_name"),
							rs.getString("colors"), rs.getString("price"), rs.getString("manufacturer"),
							rs.getString("availability"), rs.getString("availability_rank")));
		});
		return rows;
	}

}
