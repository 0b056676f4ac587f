package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.SourceStatus.SourceKind;
import com.inventorytracker.upstream.ManufacturerAvailability;
import com.inventorytracker.upstream.UpstreamProduct;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Joins one run's answers into the next snapshot, keeping from the previous one whatever
 * this run could not fetch: a failed category keeps its products, a failed manufacturer
 * keeps each product's availability and the time it was last confirmed.
 */
@Component
class SnapshotJoin {

	private final ProductRepository products;

	private final JdbcClient jdbc;

	/**
	 * The products this instance committed last, by category and id: reading 19,000 rows
	 * back costs more.
	 */
	private final AtomicReference<Committed> committed = new AtomicReference<>();

	SnapshotJoin(ProductRepository products, JdbcClient jdbc) {
		this.products = products;
		this.jdbc = jdbc;
	}

	/**
	 * @param status the stored health of every source, as this run started
	 * @param attemptedAt when this run started, the attempt time of every source
	 * @param refreshedAt the time of the new snapshot, and so of every change it brings
	 */
	NewSnapshot join(Fetched fetched, RefreshStatus status, Instant attemptedAt, Instant refreshedAt) {
		Map<Category, Map<String, Product>> before = previous();
		Map<Category, Map<String, Product>> byCategory = new EnumMap<>(Category.class);
		Map<String, int[]> perManufacturer = new HashMap<>();
		List<Product> rows = new ArrayList<>(20_000);
		int changed = 0;
		for (Category category : Category.values()) {
			Map<String, Product> stored = before.getOrDefault(category, Map.of());
			Answer<List<UpstreamProduct>> listed = fetched.categories().get(category);
			List<UpstreamProduct> products = listed.succeeded() ? listed.value()
					: stored.values()
						.stream()
						.map(kept -> new UpstreamProduct(kept.id(), kept.name(), kept.colors(), kept.price(),
								kept.manufacturer()))
						.toList();
			Map<String, Product> joined = new HashMap<>(products.size() * 2);
			for (UpstreamProduct product : products) {
				Product last = stored.get(product.id());
				Product row = withHistory(last,
						withAvailability(category, product, fetched.manufacturers().get(product.manufacturer()), last),
						refreshedAt);
				// should the API repeat an id, its first row counts
				if (joined.putIfAbsent(row.id(), row) == null) {
					rows.add(row);
					perManufacturer.computeIfAbsent(row.manufacturer(), manufacturer -> new int[1])[0]++;
					changed += refreshedAt.equals(row.availabilityChangedAt()) ? 1 : 0;
				}
			}
			byCategory.put(category, joined);
		}
		// a manufacturer is only asked for when a category or the stored snapshot has it
		boolean replacesProducts = fetched.categories().values().stream().anyMatch(Answer::succeeded)
				|| fetched.manufacturers().values().stream().anyMatch(Answer::succeeded);
		List<SourceStatus> sources = sources(byCategory, perManufacturer, fetched, status, attemptedAt);
		return new NewSnapshot(rows, byCategory, sources, replacesProducts, replacesProducts ? changed : 0);
	}

	/** Called once {@code snapshot} is committed as {@code version}. */
	void committed(long version, Instant refreshedAt, NewSnapshot snapshot) {
		committed.set(new Committed(new Stamp(version, refreshedAt.toEpochMilli()), snapshot.byCategory()));
	}

	private Map<Category, Map<String, Product>> previous() {
		Committed mine = committed.get();
		if (mine != null && mine.stamp().equals(stamp())) {
			return mine.products();
		}
		// a restart, or another instance's snapshot
		Map<Category, Map<String, Product>> stored = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			Map<String, Product> byId = new HashMap<>();
			products.all(category).forEach(product -> byId.put(product.id(), product));
			stored.put(category, byId);
		}
		return stored;
	}

	/** The version alone starts again at 1 when a SQLite file is lost. */
	private Stamp stamp() {
		return jdbc.sql("SELECT version, refreshed_at FROM snapshot WHERE id = 1")
			.query((rs, row) -> new Stamp(rs.getLong("version"), rs.getLong("refreshed_at")))
			.optional()
			.orElse(null);
	}

	/** A product the manufacturer's list has no row for is UNKNOWN, never confirmed. */
	private static Product withAvailability(Category category, UpstreamProduct product,
			Answer<ManufacturerAvailability> answer, Product last) {
		Availability value = null;
		Instant checkedAt = null;
		if (answer != null && answer.succeeded()) {
			// ids are lower case on both sides
			value = answer.value().byProductId().get(product.id());
			checkedAt = value == null ? null : answer.at();
		}
		else if (last != null) {
			value = last.availability();
			checkedAt = last.availabilityCheckedAt();
		}
		return new Product(product.id(), category, product.name(), product.colors(), product.price(),
				product.manufacturer(), value == null ? Availability.UNKNOWN : value, checkedAt);
	}

	/**
	 * {@code now} with its history from {@code before} (null when new). Only a confirmed
	 * value that differs from the confirmed value before it is a change: a first
	 * appearance is not one (so a catalogue that replaces every id brings no changes),
	 * and neither is UNKNOWN, the absence of a value.
	 */
	static Product withHistory(Product before, Product now, Instant runAt) {
		if (before == null) {
			return now;
		}
		Availability old = before.availability();
		Availability current = now.availability();
		if (old != current && old != Availability.UNKNOWN && current != Availability.UNKNOWN) {
			return now.withChange(old, runAt);
		}
		return before.availabilityChangedAt() == null ? now
				: now.withChange(before.previousAvailability(), before.availabilityChangedAt());
	}

	private static List<SourceStatus> sources(Map<Category, Map<String, Product>> byCategory,
			Map<String, int[]> perManufacturer, Fetched fetched, RefreshStatus status, Instant attemptedAt) {
		Map<String, SourceStatus> before = new HashMap<>();
		Stream.concat(status.categories().stream(), status.manufacturers().stream())
			.forEach(source -> before.put(source.kind() + "/" + source.name(), source));
		List<SourceStatus> sources = new ArrayList<>();
		for (Category category : Category.values()) {
			sources.add(status(SourceKind.CATEGORY, category.slug(), byCategory.get(category).size(),
					fetched.categories().get(category), before, attemptedAt));
		}
		new TreeMap<>(perManufacturer).forEach((manufacturer,
				count) -> sources.add(status(SourceKind.MANUFACTURER, manufacturer, count[0],
						fetched.manufacturers()
							.getOrDefault(manufacturer, Answer.failed("not requested before the refresh deadline")),
						before, attemptedAt)));
		return sources;
	}

	private static SourceStatus status(SourceKind kind, String name, int count, Answer<?> answer,
			Map<String, SourceStatus> before, Instant attemptedAt) {
		if (answer.succeeded()) {
			return new SourceStatus(kind, name, count, answer.at(), attemptedAt, null, false);
		}
		SourceStatus last = before.get(kind + "/" + name);
		return new SourceStatus(kind, name, count, last == null ? null : last.lastSuccess(), attemptedAt,
				answer.error(), true);
	}

	record Fetched(Map<Category, Answer<List<UpstreamProduct>>> categories,
			Map<String, Answer<ManufacturerAvailability>> manufacturers) {
	}

	/** A source's data and when it arrived, or why there is none ({@code error}). */
	record Answer<T>(T value, Instant at, String error) {

		static <T> Answer<T> of(T value, Instant at) {
			return new Answer<>(value, at, null);
		}

		static <T> Answer<T> failed(String error) {
			return new Answer<>(null, null, error);
		}

		boolean succeeded() {
			return error == null;
		}

	}

	/** Only the health of the sources is written when nothing new arrived. */
	record NewSnapshot(List<Product> products, Map<Category, Map<String, Product>> byCategory,
			List<SourceStatus> sources, boolean replacesProducts, int changedProducts) {
	}

	private record Stamp(long version, long refreshedAt) {
	}

	private record Committed(Stamp stamp, Map<Category, Map<String, Product>> products) {
	}

}
