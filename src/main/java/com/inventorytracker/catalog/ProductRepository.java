package com.inventorytracker.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the committed snapshot. Filtering, sorting and paging all happen in SQLite. */
@Repository
public class ProductRepository {

	private static final String COLUMNS = """
			SELECT category, id, name, colors, price, manufacturer, availability, availability_checked_at,
			       previous_availability, availability_changed_at
			FROM product
			""";

	private final JdbcClient jdbc;

	public ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ProductPage find(Category category, ProductQuery query) {
		Filter filter = Filter.of(category, query);
		StringBuilder sql = new StringBuilder(COLUMNS).append(filter.where()).append(orderBy(query.sort()));
		if (query.paged()) {
			sql.append(" LIMIT :limit OFFSET :offset");
			filter.parameters().put("limit", query.size());
			filter.parameters().put("offset", query.offset());
		}
		List<Product> products = jdbc.sql(sql.toString())
			.params(filter.parameters())
			.query(ProductRepository::row)
			.list();
		int matching = query.paged() ? count(filter) : products.size();
		return new ProductPage(products, matching, query);
	}

	/**
	 * The ids of the products {@code query} shows, in its order, with how many match over
	 * all pages and the version of the snapshot they belong to. One statement, so that
	 * all three come from one committed snapshot; for pages whose rows are rendered once
	 * per snapshot and need only their order.
	 */
	public ProductIds rank(Category category, ProductQuery query) {
		Filter filter = Filter.of(category, query);
		StringBuilder sql = new StringBuilder("""
				SELECT id, COUNT(*) OVER () AS matching, (SELECT version FROM snapshot WHERE id = 1) AS version
				FROM product
				""").append(filter.where()).append(orderBy(query.sort()));
		if (query.paged()) {
			sql.append(" LIMIT :limit OFFSET :offset");
			filter.parameters().put("limit", query.size());
			filter.parameters().put("offset", query.offset());
		}
		List<String> ids = new ArrayList<>();
		long[] versionAndMatching = new long[2];
		jdbc.sql(sql.toString()).params(filter.parameters()).query(rs -> {
			ids.add(rs.getString("id"));
			versionAndMatching[0] = rs.getLong("version");
			versionAndMatching[1] = rs.getLong("matching");
		});
		return new ProductIds(ids, (int) versionAndMatching[1], versionAndMatching[0]);
	}

	/** The version of the committed snapshot; 0 while there is none. */
	public long snapshotVersion() {
		return jdbc.sql("SELECT version FROM snapshot WHERE id = 1").query(Long.class).optional().orElse(0L);
	}

	/**
	 * @param snapshotVersion 0 when no row was read (nothing matches, or a page past the
	 * last)
	 */
	public record ProductIds(List<String> ids, int matching, long snapshotVersion) {

		public ProductIds {
			ids = List.copyOf(ids);
		}

	}

	public CategorySummary summarize(Category category) {
		Map<Availability, Integer> counts = new EnumMap<>(Availability.class);
		jdbc.sql("""
				SELECT availability, COUNT(*) AS products
				FROM product
				WHERE category = :category
				GROUP BY availability
				""").param("category", category.slug()).query(rs -> {
			counts.put(Availability.fromUpstream(rs.getString("availability")), rs.getInt("products"));
		});
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		return new CategorySummary(category, total, counts);
	}

	/**
	 * What changed in the category within {@code window} before the snapshot's refresh
	 * time; a zero window is the last update alone, whose changes carry exactly that
	 * time.
	 */
	public ChangeSummary changes(Category category, Duration window) {
		ChangeSummary[] summary = { ChangeSummary.NONE };
		jdbc.sql("""
				SELECT previous_availability, availability, COUNT(*) AS products
				FROM product
				WHERE category = :category
				  AND availability_changed_at >= (SELECT refreshed_at FROM snapshot WHERE id = 1) - :windowMillis
				GROUP BY previous_availability, availability
				""").param("category", category.slug()).param("windowMillis", window.toMillis()).query(rs -> {
			summary[0] = summary[0].plus(Availability.valueOf(rs.getString("previous_availability")),
					Availability.valueOf(rs.getString("availability")), rs.getInt("products"));
		});
		return summary[0];
	}

	public Map<Category, Integer> countByCategory() {
		Map<Category, Integer> counts = new EnumMap<>(Category.class);
		Arrays.stream(Category.values()).forEach(category -> counts.put(category, 0));
		jdbc.sql("SELECT category, COUNT(*) AS products FROM product GROUP BY category").query(rs -> {
			int products = rs.getInt("products");
			Category.fromSlug(rs.getString("category")).ifPresent(category -> counts.put(category, products));
		});
		return counts;
	}

	public List<String> manufacturers(Category category) {
		return jdbc.sql("SELECT DISTINCT manufacturer FROM product WHERE category = :category ORDER BY manufacturer")
			.param("category", category.slug())
			.query(String.class)
			.list();
	}

	private int count(Filter filter) {
		return jdbc.sql("SELECT COUNT(*) FROM product" + filter.where())
			.params(filter.parameters())
			.query(Integer.class)
			.single();
	}

	private static String orderBy(SortOrder sort) {
		String direction = sort.descending() ? " DESC" : " ASC";
		String column = switch (sort.field()) {
			case NAME -> "name";
			case PRICE -> "price";
			case MANUFACTURER -> "manufacturer";
			case AVAILABILITY -> "availability_rank";
		};
		return " ORDER BY " + column + direction + ", name" + direction + ", id ASC";
	}

	/** Every snapshot product, in no particular order. */
	public List<Product> all(Category category) {
		return jdbc.sql(COLUMNS + " WHERE category = :category")
			.param("category", category.slug())
			.query(ProductRepository::row)
			.list();
	}

	/** The one mapping of a product row. */
	private static Product row(ResultSet rs, int row) throws SQLException {
		String previous = rs.getString("previous_availability");
		return new Product(rs.getString("id"), Category.require(rs.getString("category")), rs.getString("name"),
				splitColors(rs.getString("colors")), rs.getInt("price"), rs.getString("manufacturer"),
				Availability.fromUpstream(rs.getString("availability")), instant(rs, "availability_checked_at"),
				previous == null ? null : Availability.valueOf(previous), instant(rs, "availability_changed_at"));
	}

	/** A nullable time column: every time of the schema is stored as epoch millis. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		long epochMillis = rs.getLong(column);
		return rs.wasNull() ? null : Instant.ofEpochMilli(epochMillis);
	}

	/**
	 * Colours are stored as ",black,blue," so that a colour filter is one instr() call.
	 */
	public static String joinColors(List<String> colors) {
		return "," + String.join(",", colors) + ",";
	}

	static List<String> splitColors(String stored) {
		List<String> colors = new ArrayList<>();
		for (String color : stored.split(",")) {
			if (!color.isEmpty()) {
				colors.add(color);
			}
		}
		return colors;
	}

	private record Filter(String where, Map<String, Object> parameters) {

		static Filter of(Category category, ProductQuery query) {
			StringBuilder where = new StringBuilder(" WHERE category = :category");
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("category", category.slug());
			if (query.q() != null) {
				// instr() rather than LIKE: the search text needs no escaping of % and _
				where.append(" AND instr(search_name, :q) > 0");
				parameters.put("q", query.q());
			}
			if (query.availability() != null) {
				where.append(" AND availability = :availability");
				parameters.put("availability", query.availability().name());
			}
			if (query.manufacturer() != null) {
				where.append(" AND manufacturer = :manufacturer");
				parameters.put("manufacturer", query.manufacturer());
			}
			if (query.color() != null) {
				where.append(" AND instr(colors, :color) > 0");
				parameters.put("color", "," + query.color() + ",");
			}
			if (query.changed() != null) {
				// back from the snapshot's refresh time, not from now: the same rows for
				// as long as it is current
				where.append(" AND availability_changed_at >= (SELECT refreshed_at FROM snapshot WHERE id = 1)"
						+ " - :changedMillis");
				parameters.put("changedMillis", query.changed().toMillis());
			}
			return new Filter(where.toString(), parameters);
		}

	}

}
