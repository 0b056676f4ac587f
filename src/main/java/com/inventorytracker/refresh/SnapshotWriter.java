package com.inventorytracker.refresh;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductRepository;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits a run in one transaction: rewrite the products, bump the snapshot version,
 * record the source health. Readers see the previous snapshot until the commit (SQLite's
 * WAL, PostgreSQL's MVCC), never an empty or half-written category.
 */
@Repository
class SnapshotWriter {

	/**
	 * Positional parameters: resolving 19,000 rows' names was most of the write's time in
	 * Java (profiled). PostgreSQL's driver makes each batch multi-row inserts.
	 */
	private static final String INSERT_PRODUCT = """
			INSERT INTO product (category, id, name, search_name, colors, price, manufacturer,
			                     availability, availability_rank, availability_checked_at,
			                     previous_availability, availability_changed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transaction;

	/**
	 * This instance as {@code refreshedBy} and the refresh lock's holder:
	 * {@code inventory.instance-name}, else Heroku's {@code DYNO}, else host and pid.
	 */
	private final String instance;

	SnapshotWriter(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactionManager,
			Environment environment) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = new TransactionTemplate(transactionManager);
		String named = environment.getProperty("inventory.instance-name", environment.getProperty("DYNO", ""));
		this.instance = named.isBlank() ? host() + ":" + ProcessHandle.current().pid() : named;
	}

	String instance() {
		return instance;
	}

	/** Answers the new version. */
	long write(List<Product> products, List<SourceStatus> sources, Instant refreshedAt) {
		return transaction.execute(status -> {
			jdbc.sql("DELETE FROM product").update();
			batch.batchUpdate(INSERT_PRODUCT, products, 1000, SnapshotWriter::setProduct);
			jdbc.sql("""
					INSERT INTO snapshot (id, version, refreshed_at, refreshed_by) VALUES (1, 1, :refreshedAt, :by)
					ON CONFLICT (id) DO UPDATE SET version = snapshot.version + 1, refreshed_at = excluded.refreshed_at,
					    refreshed_by = excluded.refreshed_by
					""").param("refreshedAt", refreshedAt.toEpochMilli()).param("by", instance).update();
			replaceSources(sources);
			return jdbc.sql("SELECT version FROM snapshot WHERE id = 1").query(Long.class).single();
		});
	}

	/** For a run that brought nothing new: the snapshot stays as it is. */
	void writeSources(List<SourceStatus> sources) {
		transaction.executeWithoutResult(status -> replaceSources(sources));
	}

	/** Manufacturers come and go with the data set: one that is gone has no health. */
	private void replaceSources(List<SourceStatus> sources) {
		jdbc.sql("DELETE FROM source_status").update();
		for (SourceStatus source : sources) {
			jdbc.sql("""
					INSERT INTO source_status (kind, name, item_count, last_success, last_attempt, last_error, stale)
					VALUES (:kind, :name, :count, :lastSuccess, :lastAttempt, :lastError, :stale)
					""")
				.param("kind", source.kind().name())
				.param("name", source.name())
				.param("count", source.count())
				.param("lastSuccess", epochMillis(source.lastSuccess()), Types.BIGINT)
				.param("lastAttempt", epochMillis(source.lastAttempt()), Types.BIGINT)
				.param("lastError", source.lastError(), Types.VARCHAR)
				.param("stale", source.stale() ? 1 : 0)
				.update();
		}
	}

	private static String host() {
		String host = System.getenv("HOSTNAME");
		if (host != null && !host.isBlank()) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

	private static Long epochMillis(Instant instant) {
		return instant == null ? null : instant.toEpochMilli();
	}

	private static void setProduct(PreparedStatement insert, Product product) throws SQLException {
		insert.setString(1, product.category().slug());
		insert.setString(2, product.id());
		insert.setString(3, product.name());
		insert.setString(4, product.name().toLowerCase(Locale.ROOT));
		insert.setString(5, ProductRepository.joinColors(product.colors()));
		insert.setInt(6, product.price());
		insert.setString(7, product.manufacturer());
		insert.setString(8, product.availability().name());
		insert.setInt(9, product.availability().rank());
		insert.setObject(10, epochMillis(product.availabilityCheckedAt()), Types.BIGINT);
		insert.setString(11, product.previousAvailability() == null ? null : product.previousAvailability().name());
		insert.setObject(12, epochMillis(product.availabilityChangedAt()), Types.BIGINT);
	}

}
