package com.inventorytracker.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.inventorytracker.MutableClock;
import com.inventorytracker.TestClockConfiguration;
import com.inventorytracker.catalog.Availability;
import com.inventorytracker.refresh.RefreshService;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh against the embedded simulator's own data life: its drift moves a few
 * percent of the values every five minutes, and its catalogue replacement swaps every id.
 * Shares its context with the other simulator tests.
 */
@InventoryWebTest
class SimulatorDriftChangesTests {

	private static final Duration DRIFT_PERIOD = Duration.ofMinutes(5);

	private static final Duration REPLACE_PERIOD = Duration.ofHours(6);

	@Autowired
	private RefreshService refreshService;

	@Autowired
	private RefreshStatusService statusService;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void emptyDatabase() {
		this.jdbc.sql("DELETE FROM product").update();
		this.jdbc.sql("DELETE FROM snapshot").update();
		this.statusService.reload();
	}

	/** The clock is the shared context's: put it back for the tests that come after. */
	@AfterEach
	void resetClock() {
		this.clock.set(TestClockConfiguration.NOW);
	}

	@Test
	void driftedValuesAreExactlyTheChangesOfTheNextRefresh() {
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
		this.refreshService.refresh();
		Map<String, Availability> before = stored();

		this.clock.advance(REPLACE_PERIOD);
		this.refreshService.refresh();

		assertThat(stored()).hasSizeGreaterThan(17_000).doesNotContainKeys(before.keySet().toArray(String[]::new));
		assertThat(changes()).isEmpty();
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

	private record Change(Availability previous, Instant at) {
	}

}
