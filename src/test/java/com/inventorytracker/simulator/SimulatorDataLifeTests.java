package com.inventorytracker.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.inventorytracker.MutableClock;
import com.inventorytracker.TestClockConfiguration;
import com.inventorytracker.catalog.Availability;
import com.inventorytracker.refresh.RefreshService;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's data life, over HTTP and through a refresh: its drift moves a few
 * percent of the values every five minutes, and its catalogue replacement swaps every id.
 */
@InventoryWebTest
class SimulatorDataLifeTests {

	private static final Duration DRIFT_PERIOD = Duration.ofMinutes(5);

	private static final Duration REPLACE_PERIOD = Duration.ofHours(6);

	@Autowired
	private MutableClock clock;

	@Autowired
	private RefreshService refreshService;

	@Autowired
	private RefreshStatusService statusService;

	@Autowired
	private JdbcClient jdbc;

	private final SimulatorClient client;

	SimulatorDataLifeTests(@LocalServerPort int port) {
		this.client = new SimulatorClient(port);
	}

	/** The clock is the shared context's: put it back for the tests that come after. */
	@AfterEach
	void resetClock() {
		this.clock.set(TestClockConfiguration.NOW);
	}

	@Test
	void driftChangesSomeAvailabilityValuesButKeepsIdsAndProducts() {
		String manufacturer = this.client.manufacturers().get(0);
		String productsEtag = etag(this.client.get("/bad-api/v2/products/gloves"));
		HttpResponse<byte[]> before = this.client.goodAvailability(manufacturer);
		List<Map.Entry<String, String>> rowsBefore = this.client.rows(before);

		this.clock.advance(DRIFT_PERIOD);
		HttpResponse<byte[]> after = this.client.goodAvailability(manufacturer);
		List<Map.Entry<String, String>> rowsAfter = this.client.rows(after);

		assertThat(rowsAfter.stream().map(Map.Entry::getKey).toList())
			.isEqualTo(rowsBefore.stream().map(Map.Entry::getKey).toList());
		long changed = 0;
		for (int i = 0; i < rowsBefore.size(); i++) {
			changed += rowsBefore.get(i).getValue().equals(rowsAfter.get(i).getValue()) ? 0 : 1;
		}
		assertThat(changed / (double) rowsBefore.size()).isBetween(0.01, 0.08);
		assertThat(etag(after)).isNotEqualTo(etag(before));
		assertThat(etag(this.client.get("/bad-api/v2/products/gloves"))).isEqualTo(productsEtag);
	}

	@Test
	void replacementServesANewCatalogueWithNewIds() {
		Set<String> idsBefore = productIds();
		Set<String> rowIdsBefore = availabilityIds();

		this.clock.advance(REPLACE_PERIOD);
		Set<String> idsAfter = productIds();

		Set<String> rowIdsAfter = availabilityIds();
		assertThat(idsAfter).hasSizeGreaterThan(17_000);
		assertThat(CatalogueTests.common(idsAfter, idsBefore)).isEmpty();
		assertThat(rowIdsAfter).hasSizeGreaterThan(30_000);
		assertThat(CatalogueTests.common(rowIdsAfter, rowIdsBefore)).isEmpty();
	}

	@Test
	void driftedValuesAreExactlyTheChangesOfTheNextRefresh() {
		emptyDatabase();
		this.refreshService.refresh();
		Map<String, Availability> before = stored();
		assertThat(changes()).isEmpty();

		this.clock.advance(DRIFT_PERIOD);
		this.refreshService.refresh();
		Instant refreshedAt = this.statusService.current().refreshedAt();

		Map<String, Change> expected = new HashMap<>();
		stored().forEach((id, now) -> {
			Availability old = before.get(id);
			if (old != null && old != now && old != Availability.UNKNOWN && now != Availability.UNKNOWN) {
				expected.put(id, new Change(old, refreshedAt));
			}
		});
		assertThat(expected.size() / (double) before.size()).isBetween(0.01, 0.08);
		assertThat(changes()).isEqualTo(expected);
	}

	@Test
	void replacedCatalogueBringsNoChanges() {
		emptyDatabase();
		this.refreshService.refresh();
		Map<String, Availability> before = stored();

		this.clock.advance(REPLACE_PERIOD);
		this.refreshService.refresh();

		assertThat(stored()).hasSizeGreaterThan(17_000).doesNotContainKeys(before.keySet().toArray(String[]::new));
		assertThat(changes()).isEmpty();
	}

	private void emptyDatabase() {
		this.jdbc.sql("DELETE FROM product").update();
		this.jdbc.sql("DELETE FROM snapshot").update();
		this.statusService.reload();
	}

	private Set<String> productIds() {
		Set<String> ids = new HashSet<>();
		SimulatorClient.CATEGORIES.forEach(category -> this.client.products(category)
			.values()
			.forEach(product -> ids.add(product.get("id").stringValue())));
		return ids;
	}

	private Set<String> availabilityIds() {
		Set<String> ids = new HashSet<>();
		this.client.manufacturers()
			.forEach(manufacturer -> this.client.availabilityRows(manufacturer).forEach(row -> ids.add(row.getKey())));
		return ids;
	}

	private Map<String, Availability> stored() {
		Map<String, Availability> stored = new HashMap<>();
		this.jdbc.sql("SELECT id, availability FROM product").query(rs -> {
			stored.put(rs.getString("id"), Availability.valueOf(rs.getString("availability")));
		});
		return stored;
	}

	private Map<String, Change> changes() {
		Map<String, Change> changes = new HashMap<>();
		this.jdbc.sql("""
				SELECT id, previous_availability, availability_changed_at
				FROM product
				WHERE availability_changed_at IS NOT NULL
				""").query(rs -> {
			changes.put(rs.getString("id"), new Change(Availability.valueOf(rs.getString("previous_availability")),
					Instant.ofEpochMilli(rs.getLong("availability_changed_at"))));
		});
		return changes;
	}

	private static String etag(HttpResponse<byte[]> response) {
		return response.headers().firstValue("ETag").orElseThrow();
	}

	private record Change(Availability previous, Instant at) {
	}

}
