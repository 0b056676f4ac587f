package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.TestClockConfiguration;
import com.inventorytracker.catalog.Product;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one fixture writer: snapshots for tests of the read side, written through the
 * application's own {@link SnapshotWriter}. Each snapshot gets a version above any used
 * before in the run, real refreshes of the same context included, so that no page or
 * answer cached for an earlier test can be served to a later one.
 */
public class TestSnapshots {

	public static final Instant REFRESHED_AT = Instant.parse("2026-11-25T12:00:00Z");

	public static final Instant CHECKED_AT = Instant.parse("2026-11-25T11:58:30Z");

	private static final AtomicLong versions = new AtomicLong(100);

	private final SnapshotWriter writer;

	private final JdbcClient jdbc;

	private final RefreshStatusService status;

	TestSnapshots(SnapshotWriter writer, JdbcClient jdbc, RefreshStatusService status) {
		this.writer = writer;
		this.jdbc = jdbc;
		this.status = status;
	}

	/**
	 * Replaces the snapshot with these products, refreshed at {@link #REFRESHED_AT};
	 * answers its version.
	 */
	public long write(Product... products) {
		return write(REFRESHED_AT, List.of(products));
	}

	/**
	 * Replaces the snapshot and the health of every source, with no run on record (a real
	 * refresh of an earlier test in the same context leaves none behind); answers the
	 * snapshot's version.
	 */
	public long write(Instant refreshedAt, List<Product> products, SourceStatus... sources) {
		jdbc.sql("DELETE FROM refresh_run").update();
		long written = writer.write(products, List.of(sources), refreshedAt);
		long version = versions.updateAndGet(last -> Math.max(last, written) + 1);
		jdbc.sql("UPDATE snapshot SET version = :version").param("version", version).update();
		status.reload();
		return version;
	}

	/**
	 * Commits a snapshot as another instance would: this one's status does not show it
	 * until it reloads. Answers its version.
	 */
	public long writeUnseen(List<Product> products) {
		return writer.write(products, List.of(), REFRESHED_AT);
	}

	/**
	 * Sets the committed snapshot's version, as if {@code version} had been written last.
	 */
	public void setVersion(long version) {
		jdbc.sql("UPDATE snapshot SET version = :version").param("version", version).update();
	}

	/**
	 * Records the health of these sources (those not named lose theirs), as a run without
	 * new data.
	 */
	public void sources(SourceStatus... sources) {
		writer.writeSources(List.of(sources));
		status.reload();
	}

	/** The state of a fresh install: no snapshot yet. */
	public void clear() {
		jdbc.sql("DELETE FROM product").update();
		jdbc.sql("DELETE FROM source_status").update();
		jdbc.sql("DELETE FROM snapshot").update();
		jdbc.sql("DELETE FROM refresh_run").update();
		status.reload();
	}

	public static Product product(Category category, String id, String name, int price, String manufacturer,
			Availability availability, String... colors) {
		return new Product(id, category, name, Arrays.asList(colors), price, manufacturer, availability, CHECKED_AT);
	}

	public static Product glove(String id, String name, int price, String manufacturer, Availability availability,
			String... colors) {
		return product(Category.GLOVES, id, name, price, manufacturer, availability, colors);
	}

	/**
	 * The writer and what it needs, for slices without the whole application (a full
	 * context has them).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ TestSnapshots.class, SnapshotWriter.class, RefreshStatusService.class, TestClockConfiguration.class })
	public static class Slice {

	}

}
