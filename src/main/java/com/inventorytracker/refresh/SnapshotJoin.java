package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.PreviousSnapshot.Checked;
import com.inventorytracker.refresh.PreviousSnapshot.ProductKey;
import com.inventorytracker.refresh.PreviousSnapshot.SourceKey;
import com.inventorytracker.refresh.SourceStatus.SourceKind;
import com.inventorytracker.upstream.ManufacturerAvailability;
import com.inventorytracker.upstream.UpstreamProduct;

import org.springframework.stereotype.Component;

/**
 * Joins one run's answers into the next snapshot, keeping from the previous one whatever
 * this run could not fetch: a failed category keeps its products, a failed manufacturer
 * keeps each product's availability and the time it was last confirmed. Only a successful
 * answer replaces data.
 */
@Component
class SnapshotJoin {

	private static final String NOT_REQUESTED = "not requested before the refresh deadline";

	private final PreviousSnapshot previous;

	SnapshotJoin(PreviousSnapshot previous) {
		this.previous = previous;
	}

	/**
	 * @param attemptedAt when this run started, the attempt time of every source
	 * @param refreshedAt the time the new snapshot will carry, and so of every change it
	 * brings
	 */
	NewSnapshot join(FetchResult fetched, Instant attemptedAt, Instant refreshedAt) {
		Map<ProductKey, Checked> kept = keptAvailability(fetched);
		List<Product> rows = new ArrayList<>(20_000);
		for (Category category : Category.values()) {
			SourceResult<List<UpstreamProduct>> products = fetched.categories().get(category);
			if (products.succeeded()) {
				withoutDuplicates(products.value())
					.forEach(product -> rows.add(joinFresh(category, product, fetched, kept)));
			}
			else {
				previous.products(category).forEach(product -> rows.add(joinKept(product, fetched)));
			}
		}
		boolean replacesProducts = fetched.anyCategorySucceeded()
				|| (fetched.anyManufacturerSucceeded() && previous.exists());
		if (replacesProducts) {
			withHistory(rows, refreshedAt);
		}
		List<SourceStatus> sources = sources(rows, fetched, attemptedAt);
		return new NewSnapshot(rows, sources, replacesProducts);
	}

	private void withHistory(List<Product> rows, Instant refreshedAt) {
		PreviousSnapshot.History history = previous.history();
		for (int i = 0; i < rows.size(); i++) {
			Product row = rows.get(i);
			rows.set(i, AvailabilityChange.apply(history.of(i, row), row, refreshedAt));
		}
	}

	private Map<ProductKey, Checked> keptAvailability(FetchResult fetched) {
		Set<String> failed = new HashSet<>();
		fetched.manufacturers().forEach((manufacturer, result) -> {
			if (!result.succeeded()) {
				failed.add(manufacturer);
			}
		});
		return previous.availability(failed);
	}

	private static Product joinFresh(Category category, UpstreamProduct product, FetchResult fetched,
			Map<ProductKey, Checked> kept) {
		SourceResult<ManufacturerAvailability> availability = fetched.manufacturers().get(product.manufacturer());
		if (availability != null && availability.succeeded()) {
			return withAvailability(category, product, availability);
		}
		Checked before = kept.get(new ProductKey(category.slug(), product.id()));
		return before == null ? row(category, product, Availability.UNKNOWN, null)
				: row(category, product, before.availability(), before.at());
	}

	private static Product joinKept(Product product, FetchResult fetched) {
		SourceResult<ManufacturerAvailability> availability = fetched.manufacturers().get(product.manufacturer());
		if (availability == null || !availability.succeeded()) {
			return product;
		}
		UpstreamProduct upstream = new UpstreamProduct(product.id(), product.name(), product.colors(), product.price(),
				product.manufacturer());
		return withAvailability(product.category(), upstream, availability);
	}

	/** A product the list has no row for is UNKNOWN, and was never confirmed. */
	private static Product withAvailability(Category category, UpstreamProduct product,
			SourceResult<ManufacturerAvailability> availability) {
		Availability value = availability.value().of(product.id());
		return value == null ? row(category, product, Availability.UNKNOWN, null)
				: row(category, product, value, availability.confirmedAt());
	}

	private static Product row(Category category, UpstreamProduct product, Availability availability,
			Instant checkedAt) {
		return new Product(product.id(), category, product.name(), product.colors(), product.price(),
				product.manufacturer(), availability, checkedAt);
	}

	/**
	 * The snapshot's key is category and id; should the API repeat an id, its first row
	 * counts.
	 */
	private static List<UpstreamProduct> withoutDuplicates(List<UpstreamProduct> products) {
		Set<String> seen = new HashSet<>(products.size() * 2);
		return products.stream().filter(product -> seen.add(product.id())).toList();
	}

	private List<SourceStatus> sources(List<Product> rows, FetchResult fetched, Instant attemptedAt) {
		Map<SourceKey, SourceStatus> before = new HashMap<>();
		previous.sources().forEach(source -> before.put(new SourceKey(source.kind(), source.name()), source));
		Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
		Map<String, Integer> perManufacturer = new TreeMap<>();
		for (Product row : rows) {
			perCategory.merge(row.category(), 1, Integer::sum);
			perManufacturer.merge(row.manufacturer(), 1, Integer::sum);
		}
		List<SourceStatus> sources = new ArrayList<>();
		for (Category category : Category.values()) {
			sources.add(status(SourceKind.CATEGORY, category.slug(), perCategory.getOrDefault(category, 0),
					fetched.categories().get(category), before, attemptedAt));
		}
		perManufacturer.forEach((manufacturer, count) -> {
			SourceResult<?> result = fetched.manufacturers().get(manufacturer);
			sources.add(status(SourceKind.MANUFACTURER, manufacturer, count,
					result == null ? SourceResult.failure(NOT_REQUESTED) : result, before, attemptedAt));
		});
		return sources;
	}

	private static SourceStatus status(SourceKind kind, String name, int count, SourceResult<?> result,
			Map<SourceKey, SourceStatus> before, Instant attemptedAt) {
		if (result.succeeded()) {
			return new SourceStatus(kind, name, count, result.confirmedAt(), attemptedAt, null, false);
		}
		SourceStatus last = before.get(new SourceKey(kind, name));
		return new SourceStatus(kind, name, count, last == null ? null : last.lastSuccess(), attemptedAt,
				result.error(), true);
	}

}
