package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.inventorytracker.catalog.Availability.INSTOCK;
import static com.inventorytracker.catalog.Availability.LESSTHAN10;
import static com.inventorytracker.catalog.Availability.OUTOFSTOCK;
import static com.inventorytracker.refresh.TestWarehouse.BEANIE_ABIPLOS;
import static com.inventorytracker.refresh.TestWarehouse.BEANIE_OKKAU;
import static com.inventorytracker.refresh.TestWarehouse.GLOVE_IPPAL;
import static com.inventorytracker.refresh.TestWarehouse.GLOVE_OKKAU;
import static com.inventorytracker.refresh.TestWarehouse.MASK_IPPAL;
import static com.inventorytracker.refresh.TestWarehouse.MASK_OKKAU;
import static com.inventorytracker.refresh.TestWarehouse.availabilityPath;
import static com.inventorytracker.refresh.TestWarehouse.productsPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Availability changes over sequences of refreshes against scripted answers: which
 * products changed, from what, and when; and the answers that must not count as changes.
 */
class RefreshChangesTests extends UpstreamStubbedTest {

	@Test
	void firstSnapshotHasNoChanges() {
		refreshService.refresh();

		assertThat(storedAvailability()).isEqualTo(TestWarehouse.GOOD_AVAILABILITY);
		assertThat(storedChanges()).isEmpty();
		assertThat(statusService.current().lastRun().changedProducts()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM product WHERE previous_availability IS NOT NULL")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void changedValuesRecordTheOldValueAndTheRefreshThatSawTheNewOne() {
		refreshService.refresh();

		clock.set(T2);
		answerAvailability("ippal", Map.of(GLOVE_IPPAL, "OUTOFSTOCK", MASK_IPPAL, "LESSTHAN10"));
		answerAvailability("okkau",
				Map.of(GLOVE_OKKAU, "INSTOCK", MASK_OKKAU, "LESSTHAN10", BEANIE_OKKAU, "LESSTHAN10"));
		refreshService.refresh();

		assertThat(storedChanges()).isEqualTo(Map.of(GLOVE_IPPAL, new Change(INSTOCK, T2), GLOVE_OKKAU,
				new Change(OUTOFSTOCK, T2), MASK_OKKAU, new Change(INSTOCK, T2)));
		assertThat(refreshedAt()).isEqualTo(T2);
		assertThat(statusService.current().lastRun().changedProducts()).isEqualTo(3);
	}

	@Test
	void productChangedTwiceShowsItsLatestPreviousValueAndEarlierChangesStay() {
		refreshService.refresh();
		clock.set(T2);
		answerAvailability("ippal", Map.of(GLOVE_IPPAL, "OUTOFSTOCK", MASK_IPPAL, "INSTOCK"));
		refreshService.refresh();

		clock.set(T3);
		answerAvailability("ippal", Map.of(GLOVE_IPPAL, "LESSTHAN10", MASK_IPPAL, "INSTOCK"));
		refreshService.refresh();

		assertThat(storedChanges())
			.isEqualTo(Map.of(GLOVE_IPPAL, new Change(OUTOFSTOCK, T3), MASK_IPPAL, new Change(LESSTHAN10, T2)));
		assertThat(storedAvailability()).containsEntry(GLOVE_IPPAL, "LESSTHAN10");
	}

	@Test
	void failingManufacturerAndItsRecoveryToTheSameValuesChangeNothing() {
		refreshService.refresh();

		clock.set(T2);
		upstream.stubFor(get(urlPathEqualTo(availabilityPath("okkau"))).willReturn(aResponse().withStatus(503)));
		refreshService.refresh();

		assertThat(statusService.current().staleSources()).extracting(SourceStatus::name).containsExactly("okkau");
		assertThat(storedAvailability()).isEqualTo(TestWarehouse.GOOD_AVAILABILITY);
		assertThat(storedChanges()).isEmpty();

		clock.set(T3);
		upstream.stubFor(
				get(urlPathEqualTo(availabilityPath("okkau"))).willReturn(TestWarehouse.goodAvailability("okkau")));
		refreshService.refresh();

		assertThat(statusService.current().staleSources()).isEmpty();
		assertThat(storedChanges()).isEmpty();
		assertThat(statusService.current().lastRun().changedProducts()).isZero();
	}

	@Test
	void recoveryToAnotherValueIsAChangeWhenTheNewValueArrives() {
		refreshService.refresh();
		clock.set(T2);
		upstream.stubFor(get(urlPathEqualTo(availabilityPath("okkau"))).willReturn(aResponse().withStatus(503)));
		refreshService.refresh();

		clock.set(T3);
		answerAvailability("okkau",
				Map.of(GLOVE_OKKAU, "OUTOFSTOCK", MASK_OKKAU, "OUTOFSTOCK", BEANIE_OKKAU, "LESSTHAN10"));
		refreshService.refresh();

		assertThat(storedChanges()).isEqualTo(Map.of(MASK_OKKAU, new Change(INSTOCK, T3)));
	}

	@Test
	void unknownValuesAreNoChangeEitherWay() {
		refreshService.refresh();

		clock.set(T2);
		// ippal's glove loses its row (UNKNOWN); abiplos's beanie, UNKNOWN so far, gets
		// its first value
		answerAvailability("ippal", Map.of(MASK_IPPAL, "LESSTHAN10"));
		answerAvailability("abiplos", Map.of(BEANIE_ABIPLOS, "OUTOFSTOCK"));
		refreshService.refresh();
		assertThat(storedAvailability()).containsEntry(GLOVE_IPPAL, "UNKNOWN")
			.containsEntry(BEANIE_ABIPLOS, "OUTOFSTOCK");

		clock.set(T3);
		upstream.stubFor(
				get(urlPathEqualTo(availabilityPath("ippal"))).willReturn(TestWarehouse.goodAvailability("ippal")));
		refreshService.refresh();

		assertThat(storedAvailability()).containsEntry(GLOVE_IPPAL, "INSTOCK");
		assertThat(storedChanges()).isEmpty();
	}

	@Test
	void replacedCatalogueIsANewCatalogueWithoutChanges() {
		refreshService.refresh();

		clock.set(T2);
		String newGlove = "0a0a0a0a0a0a0a0a0a0a";
		String newMask = "0b0b0b0b0b0b0b0b0b0b";
		String newBeanie = "0c0c0c0c0c0c0c0c0c0c";
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.GLOVES))).willReturn(
				okJson("[{\"id\":\"" + newGlove + "\",\"type\":\"gloves\",\"name\":\"NEW GLOVE\",\"color\":[\"black\"],"
						+ "\"price\":10,\"manufacturer\":\"ippal\"}]")));
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.FACEMASKS))).willReturn(
				okJson("[{\"id\":\"" + newMask + "\",\"type\":\"facemasks\",\"name\":\"NEW MASK\",\"color\":[\"red\"],"
						+ "\"price\":10,\"manufacturer\":\"okkau\"}]")));
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.BEANIES))).willReturn(okJson(
				"[{\"id\":\"" + newBeanie + "\",\"type\":\"beanies\",\"name\":\"NEW BEANIE\",\"color\":[\"red\"],"
						+ "\"price\":10,\"manufacturer\":\"abiplos\"}]")));
		answerAvailability("ippal", Map.of(newGlove, "OUTOFSTOCK"));
		answerAvailability("okkau", Map.of(newMask, "LESSTHAN10"));
		answerAvailability("abiplos", Map.of(newBeanie, "INSTOCK"));
		refreshService.refresh();

		assertThat(storedAvailability())
			.isEqualTo(Map.of(newGlove, "OUTOFSTOCK", newMask, "LESSTHAN10", newBeanie, "INSTOCK"));
		assertThat(storedChanges()).isEmpty();
	}

	@Test
	void productsOfAFailedCategoryStillChangeWithTheirManufacturer() {
		refreshService.refresh();

		clock.set(T2);
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.BEANIES))).willReturn(aResponse().withStatus(503)));
		answerAvailability("okkau",
				Map.of(GLOVE_OKKAU, "OUTOFSTOCK", MASK_OKKAU, "INSTOCK", BEANIE_OKKAU, "OUTOFSTOCK"));
		refreshService.refresh();

		assertThat(storedChanges()).isEqualTo(Map.of(BEANIE_OKKAU, new Change(LESSTHAN10, T2)));

		clock.set(T3);
		refreshService.refresh();

		assertThat(storedChanges()).isEqualTo(Map.of(BEANIE_OKKAU, new Change(LESSTHAN10, T2)));
	}

	/**
	 * A restart, or another instance sharing the database: the previous snapshot is read
	 * from the table.
	 */
	@Test
	void changesAreFoundAgainstASnapshotThisInstanceDidNotWrite() {
		snapshots.write(T1, List.of(
				new Product(GLOVE_IPPAL, Category.GLOVES, "KOLHEMAK NORMAL", List.of("black"), 69, "ippal", OUTOFSTOCK,
						T1)
					.withChange(LESSTHAN10, T1),
				new Product(MASK_OKKAU, Category.FACEMASKS, "TAIMA ÖKY", List.of("red"), 45, "okkau", INSTOCK, T1)
					.withChange(OUTOFSTOCK, T1)));

		clock.set(T2);
		refreshService.refresh();

		assertThat(storedChanges())
			.isEqualTo(Map.of(GLOVE_IPPAL, new Change(OUTOFSTOCK, T2), MASK_OKKAU, new Change(OUTOFSTOCK, T1)));
	}

	private void answerAvailability(String manufacturer, Map<String, String> valuesById) {
		upstream.stubFor(get(urlPathEqualTo(availabilityPath(manufacturer)))
			.willReturn(okJson(TestWarehouse.availability(valuesById))));
	}

	private Instant refreshedAt() {
		return Instant
			.ofEpochMilli(jdbc.sql("SELECT refreshed_at FROM snapshot WHERE id = 1").query(Long.class).single());
	}

	/** The products that ever changed, with their stored history. */
	private Map<String, Change> storedChanges() {
		Map<String, Change> stored = new HashMap<>();
		jdbc.sql("""
				SELECT id, previous_availability, availability_changed_at
				FROM product
				WHERE availability_changed_at IS NOT NULL
				""").query(rs -> {
			stored.put(rs.getString("id"), new Change(Availability.valueOf(rs.getString("previous_availability")),
					Instant.ofEpochMilli(rs.getLong("availability_changed_at"))));
		});
		return stored;
	}

	record Change(Availability previous, Instant at) {
	}

}
