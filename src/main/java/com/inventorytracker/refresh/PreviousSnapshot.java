package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.SourceStatus.SourceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.inventorytracker.catalog.ProductRepository.instant;

/**
 * The committed snapshot as a run needs it: its products, to keep what this run could not
 * fetch and to see what changed, and the health of every source.
 */
@Repository
class PreviousSnapshot {

	private final JdbcClient jdbc;

	private final ProductRepository products;

	/**
	 * The products of the snapshot this instance wrote last, and which snapshot that was.
	 */
	private final AtomicReference<Written> written = new AtomicReference<>();

	PreviousSnapshot(JdbcClient jdbc, ProductRepository products) {
		this.jdbc = jdbc;
		this.products = products;
	}

	/**
	 * Every stored product by category and id. Taken from this instance's own last write
	 * while that is still the committed snapshot: reading 19,000 rows back would cost
	 * more than the rest of the join. Otherwise (a restart, another instance's snapshot)
	 * read from the table.
	 */
	Map<Key, Product> products() {
		Written mine = written.get();
		if (mine != null && mine.stamp().equals(stamp())) {
			return mine.products();
		}
		Map<Key, Product> stored = new HashMap<>(40_000);
		for (Category category : Category.values()) {
			products.all(category).forEach(product -> stored.put(Key.of(product), product));
		}
		return stored;
	}

	/**
	 * Called once {@code products} are committed as the snapshot {@code version}
	 * refreshed at {@code refreshedAt}.
	 */
	void written(long version, Instant refreshedAt, List<Product> products) {
		Map<Key, Product> byKey = new HashMap<>(products.size() * 2);
		products.forEach(product -> byKey.put(Key.of(product), product));
		written.set(new Written(new Stamp(version, refreshedAt.toEpochMilli()), byKey));
	}

	/**
	 * The stored health of every source, categories first, each kind by name: the one
	 * mapping of its rows.
	 */
	List<SourceStatus> sources() {
		return jdbc.sql("""
				SELECT kind, name, item_count, last_success, last_attempt, last_error, stale
				FROM source_status
				ORDER BY kind, name
				""")
			.query((rs, row) -> new SourceStatus(SourceKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getInt("item_count"), instant(rs, "last_success"), instant(rs, "last_attempt"),
					rs.getString("last_error"), rs.getBoolean("stale")))
			.list();
	}

	/**
	 * Version and refresh time: the version alone starts again at 1 when a SQLite file is
	 * lost.
	 */
	private Stamp stamp() {
		return jdbc.sql("SELECT version, refreshed_at FROM snapshot WHERE id = 1")
			.query((rs, row) -> new Stamp(rs.getLong("version"), rs.getLong("refreshed_at")))
			.optional()
			.orElse(null);
	}

	/** A product's key in the snapshot. */
	record Key(Category category, String id) {

		static Key of(Product product) {
			return new Key(product.category(), product.id());
		}

	}

	private record Stamp(long version, long refreshedAt) {
	}

	private record Written(Stamp stamp, Map<Key, Product> products) {
	}

}
