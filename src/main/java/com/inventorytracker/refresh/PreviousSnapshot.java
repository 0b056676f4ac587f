package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.SourceStatus.SourceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.inventorytracker.catalog.ProductRepository.instant;

/**
 * What the committed snapshot holds, as far as a run needs it to keep data that this run
 * could not fetch. Only read for the sources that failed, which in a good run is none.
 */
@Repository
class PreviousSnapshot {

	private final JdbcClient jdbc;

	private final ProductRepository products;

	/**
	 * The history of the snapshot this instance wrote last, and which snapshot that was.
	 */
	private final AtomicReference<Written> written = new AtomicReference<>();

	PreviousSnapshot(JdbcClient jdbc, ProductRepository products) {
		this.jdbc = jdbc;
		this.products = products;
	}

	boolean exists() {
		return jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE id = 1").query(Integer.class).single() > 0;
	}

	List<Product> products(Category category) {
		return products.all(category);
	}

	List<String> manufacturers(Category category) {
		return jdbc.sql("SELECT DISTINCT manufacturer FROM product WHERE category = :category")
			.param("category", category.slug())
			.query(String.class)
			.list();
	}

	/**
	 * The stored availability of every product of these manufacturers, by category and
	 * id.
	 */
	Map<ProductKey, Checked> availability(Collection<String> manufacturers) {
		Map<ProductKey, Checked> availability = new HashMap<>();
		if (manufacturers.isEmpty()) {
			return availability;
		}
		jdbc.sql("""
				SELECT category, id, availability, availability_checked_at
				FROM product
				WHERE manufacturer IN (:manufacturers)
				""").param("manufacturers", manufacturers).query(rs -> {
			availability.put(new ProductKey(rs.getString("category"), rs.getString("id")), new Checked(
					Availability.fromUpstream(rs.getString("availability")), instant(rs, "availability_checked_at")));
		});
		return availability;
	}

	/**
	 * The availability and its history of every stored product. Taken from this
	 * instance's own last write while that is still the committed snapshot: reading
	 * 19,000 rows back would cost more than the rest of the join. Otherwise (a restart,
	 * another instance's snapshot) one pass over the table.
	 */
	History history() {
		Written mine = written.get();
		if (mine != null && mine.stamp().equals(stamp())) {
			return new History(mine.products(), null);
		}
		Map<Category, Map<String, AvailabilityChange.Stored>> byId = History.emptyIndex();
		jdbc.sql("""
				SELECT category, id, availability, previous_availability, availability_changed_at
				FROM product
				""").query(rs -> {
			// the stored values are always exact names: valueOf, not the lenient parsing
			// of upstream text
			String previousValue = rs.getString("previous_availability");
			byId.get(Category.require(rs.getString("category")))
				.put(rs.getString("id"),
						new AvailabilityChange.Stored(Availability.valueOf(rs.getString("availability")),
								previousValue == null ? null : Availability.valueOf(previousValue),
								instant(rs, "availability_changed_at")));
		});
		return new History(List.of(), byId);
	}

	/**
	 * Called once {@code products} are committed as the snapshot {@code version}
	 * refreshed at {@code refreshedAt}.
	 */
	void written(long version, Instant refreshedAt, List<Product> products) {
		written.set(new Written(new Stamp(version, refreshedAt.toEpochMilli()), List.copyOf(products)));
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

	record ProductKey(String category, String id) {
	}

	private record Stamp(long version, long refreshedAt) {
	}

	private record Written(Stamp stamp, List<Product> products) {
	}

	/**
	 * The previous snapshot's availability and history per product. A run joins the
	 * products in the order the API lists them, which is the order of the last run, so a
	 * product is looked for at its own position first and by its id only when the lists
	 * differ there.
	 */
	static final class History {

		private final List<Product> rows;

		private Map<Category, Map<String, AvailabilityChange.Stored>> byId;

		private History(List<Product> rows, Map<Category, Map<String, AvailabilityChange.Stored>> byId) {
			this.rows = rows;
			this.byId = byId;
		}

		/**
		 * What the previous snapshot holds of {@code row}, the {@code index}-th row of
		 * this run; null if none.
		 */
		AvailabilityChange.Stored of(int index, Product row) {
			if (index < rows.size()) {
				Product same = rows.get(index);
				if (same.id().equals(row.id()) && same.category() == row.category()) {
					return stored(same);
				}
			}
			if (byId == null) {
				byId = emptyIndex();
				rows.forEach(product -> byId.get(product.category()).put(product.id(), stored(product)));
			}
			return byId.get(row.category()).get(row.id());
		}

		private static AvailabilityChange.Stored stored(Product product) {
			return new AvailabilityChange.Stored(product.availability(), product.previousAvailability(),
					product.availabilityChangedAt());
		}

		private static Map<Category, Map<String, AvailabilityChange.Stored>> emptyIndex() {
			Map<Category, Map<String, AvailabilityChange.Stored>> index = new EnumMap<>(Category.class);
			for (Category category : Category.values()) {
				index.put(category, new HashMap<>(16_384));
			}
			return index;
		}

	}

	record SourceKey(SourceKind kind, String name) {
	}

	/** An availability and when it was last confirmed (null: never). */
	record Checked(Availability availability, Instant at) {
	}

}
