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
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Reads the committed snapshot. Filtering, sorting and paging all happen in SQL. */
@Repository
public class ProductRepository {

	private static final String COLUMNS = """
			category, id, name, colors, price, manufacturer, availability, availability_checked_at,
			previous_availability, availability_changed_at""";

	private final JdbcClient jdbc;

	public ProductRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ProductPage find(Category category, ProductQuery query) {
		List<Product> products = select(COLUMNS, category, query, true).query(ProductRepository::row).list();
		int matching = query.paged() ? select("COUNT(*)", category, query, false).query(Integer.class).single()
				: products.size();
		return new ProductPage(products, matching);
	}

	/**
	 * In one statement, so that the ids, count and version are of one snapshot; a
	 * subquery counts in half the time of {@code COUNT(*) OVER ()}.
	 */
	public ProductIds rank(Category category, ProductQuery query) {
		List<String> ids = new ArrayList<>();
		long[] matchingAndVersion = new long[2];
		select("id, (SELECT COUNT(*) FROM product WHERE %s) AS matching,"
				+ " (SELECT version FROM snapshot WHERE id = 1) AS version", category, query, true)
			.query(rs -> {
				ids.add(rs.getString("id"));
				matchingAndVersion[0] = rs.getLong("matching");
				matchingAndVersion[1] = rs.getLong("version");
			});
		return new ProductIds(ids, (int) matchingAndVersion[0], matchingAndVersion[1]);
	}

	/** {@code snapshotVersion} is 0 when no row was read. */
	public record ProductIds(List<String> ids, int matching, long snapshotVersion) {

		public ProductIds {
			ids = List.copyOf(ids);
		}

	}

	/** 0 while there is no snapshot. */
	public long snapshotVersion() {
		return jdbc.sql("SELECT version FROM snapshot WHERE id = 1").query(Long.class).optional().orElse(0L);
	}

	/** In no particular order. */
	public List<Product> all(Category category) {
		return select(COLUMNS, category, ProductQuery.ALL, false).query(ProductRepository::row).list();
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
		return new CategorySummary(category, counts.values().stream().mapToInt(Integer::intValue).sum(), counts);
	}

	/** Within {@code window} before the refresh time; zero is the last update alone. */
	public ChangeSummary changes(Category category, Duration window) {
		return jdbc.sql("""
				SELECT COUNT(*),
				       COUNT(CASE WHEN availability = 'OUTOFSTOCK' THEN 1 END),
				       COUNT(CASE WHEN previous_availability = 'OUTOFSTOCK'
				                   AND availability IN ('INSTOCK', 'LESSTHAN10') THEN 1 END),
				       COUNT(CASE WHEN previous_availability = 'INSTOCK' AND availability = 'LESSTHAN10' THEN 1 END)
				FROM product
				WHERE category = :category
				  AND availability_changed_at >= (SELECT refreshed_at FROM snapshot WHERE id = 1) - :windowMillis
				""")
			.param("category", category.slug())
			.param("windowMillis", window.toMillis())
			.query((rs, row) -> new ChangeSummary(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.single();
	}

	public Map<Category, Integer> countByCategory() {
		Map<Category, Integer> counts = new EnumMap<>(Category.class);
		Arrays.stream(Category.values()).forEach(category -> counts.put(category, 0));
		jdbc.sql("SELECT category, COUNT(*) AS products FROM product GROUP BY category").query(rs -> {
			counts.put(Category.require(rs.getString("category")), rs.getInt("products"));
		});
		return counts;
	}

	public List<String> manufacturers(Category category) {
		return jdbc.sql("SELECT DISTINCT manufacturer FROM product WHERE category = :category ORDER BY manufacturer")
			.param("category", category.slug())
			.query(String.class)
			.list();
	}

	/** From the data, never a fixed list; stored as ",black,blue,". */
	public List<String> colors(Category category) {
		return jdbc.sql("SELECT DISTINCT colors FROM product WHERE category = :category")
			.param("category", category.slug())
			.query(String.class)
			.list()
			.stream()
			.flatMap(list -> Arrays.stream(list.split(",")))
			.filter(color -> !color.isEmpty())
			.distinct()
			.toList();
	}

	/** A {@code %s} in {@code columns} is the query's filter again. */
	private StatementSpec select(String columns, Category category, ProductQuery query, boolean ordered) {
		StringBuilder sql = new StringBuilder("category = :category");
		Map<String, Object> parameters = new HashMap<>(Map.of("category", category.slug()));
		// instr() rather than LIKE: the search text needs no escaping of % and _
		and(sql, parameters, "instr(search_name, :q) > 0", "q", query.q());
		and(sql, parameters, "availability = :availability", "availability",
				(query.availability() != null) ? query.availability().name() : null);
		and(sql, parameters, "manufacturer = :manufacturer", "manufacturer", query.manufacturer());
		and(sql, parameters, "instr(colors, :color) > 0", "color",
				(query.color() != null) ? "," + query.color() + "," : null);
		// from the refresh time, not now: the same rows while the snapshot is current
		and(sql, parameters,
				"availability_changed_at >= (SELECT refreshed_at FROM snapshot WHERE id = 1) - :changedMillis",
				"changedMillis", (query.changed() != null) ? query.changed().toMillis() : null);
		sql.insert(0, "SELECT " + columns.formatted(sql) + " FROM product WHERE ");
		if (ordered) {
			String direction = query.sort().descending() ? " DESC" : " ASC";
			String column = switch (query.sort().field()) {
				case NAME -> "name";
				case PRICE -> "price";
				case MANUFACTURER -> "manufacturer";
				case AVAILABILITY -> "availability_rank";
			};
			sql.append(" ORDER BY " + column + direction + ", name" + direction + ", id ASC");
			if (query.paged()) {
				sql.append(" LIMIT :limit OFFSET :offset");
				parameters.put("limit", query.size());
				parameters.put("offset", query.offset());
			}
		}
		return jdbc.sql(sql.toString()).params(parameters);
	}

	private static void and(StringBuilder sql, Map<String, Object> parameters, String condition, String name,
			Object value) {
		if (value != null) {
			sql.append(" AND ").append(condition);
			parameters.put(name, value);
		}
	}

	private static Product row(ResultSet rs, int row) throws SQLException {
		String previous = rs.getString("previous_availability");
		return new Product(rs.getString("id"), Category.require(rs.getString("category")), rs.getString("name"),
				Arrays.stream(rs.getString("colors").split(",")).filter(color -> !color.isEmpty()).toList(),
				rs.getInt("price"), rs.getString("manufacturer"),
				Availability.fromUpstream(rs.getString("availability")), instant(rs, "availability_checked_at"),
				(previous != null) ? Availability.valueOf(previous) : null, instant(rs, "availability_changed_at"));
	}

	/** Every time of the schema is nullable epoch millis. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		long epochMillis = rs.getLong(column);
		return rs.wasNull() ? null : Instant.ofEpochMilli(epochMillis);
	}

	/** Stored as ",black,blue,", so that a colour filter is one instr() call. */
	public static String joinColors(List<String> colors) {
		return "," + String.join(",", colors) + ",";
	}

}
