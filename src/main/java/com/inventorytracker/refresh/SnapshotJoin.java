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
import com.inventorytracker.refresh.PreviousSnapshot.Key;
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

	private static final Answer<ManufacturerAvailability> NOT_REQUESTED = Answer
		.failed("not requested before the refresh deadline");

	private final PreviousSnapshot previous;

	SnapshotJoin(PreviousSnapshot previous) {
		this.previous = previous;
	}

	/**
	 * @param attemptedAt when this run started, the attempt time of every source
	 * @param refreshedAt the time the new snapshot will carry, and so of every change it
	 * brings
	 */
	NewSnapshot join(Fetched fetched, Instant attemptedAt, Instant refreshedAt) {
		Map<Key, Product> before = previous.products();
		List<Product> rows = new ArrayList<>(20_000);
		int changed = 0;
		for (Category category : Category.values()) {
			Answer<List<UpstreamProduct>> products = fetched.categories().get(category);
			List<Product> listed = products.succeeded() ? fresh(category, products.value())
					: before.values().stream().filter(product -> product.category() == category).toList();
			for (Product product : listed) {
				Product last = before.get(Key.of(product));
				Product row = withHistory(last,
						withAvailability(product, fetched.manufacturers().get(product.manufacturer()), last),
						refreshedAt);
				changed += refreshedAt.equals(row.availabilityChangedAt()) ? 1 : 0;
				rows.add(row);
			}
		}
		// a manufacturer is only asked for when a category or the stored snapshot has it
		boolean replacesProducts = fetched.categories().values().stream().anyMatch(Answer::succeeded)
				|| fetched.manufacturers().values().stream().anyMatch(Answer::succeeded);
		return new NewSnapshot(rows, sources(rows, fetched, attemptedAt), replacesProducts,
				replacesProducts ? changed : 0);
	}

	/**
	 * The snapshot's key is category and id; should the API repeat an id, its first row
	 * counts.
	 */
	private static List<Product> fresh(Category category, List<UpstreamProduct> products) {
		Set<String> seen = new HashSet<>(products.size() * 2);
		return products.stream()
			.filter(product -> seen.add(product.id()))
			.map(product -> new Product(product.id(), category, product.name(), product.colors(), product.price(),
					product.manufacturer(), Availability.UNKNOWN, null))
			.toList();
	}

	/**
	 * The manufacturer's fresh value, where it answered (UNKNOWN and never confirmed when
	 * its list has no row for the product), or else the last one stored; without history.
	 */
	private static Product withAvailability(Product product, Answer<ManufacturerAvailability> answer, Product last) {
		Availability value = null;
		Instant checkedAt = null;
		if (answer != null && answer.succeeded()) {
			value = answer.value().of(product.id());
			checkedAt = value == null ? null : answer.at();
		}
		else if (last != null) {
			value = last.availability();
			checkedAt = last.availabilityCheckedAt();
		}
		return new Product(product.id(), product.category(), product.name(), product.colors(), product.price(),
				product.manufacturer(), value == null ? Availability.UNKNOWN : value, checkedAt);
	}

	/**
	 * The product as this run joined it ({@code now}, without history), with its history
	 * from {@code before}, the previous snapshot's row (null when it was not there). Only
	 * a confirmed value that differs from the confirmed value before it is a change: a
	 * product's first appearance is not one (so a catalogue that replaces every id brings
	 * no changes), and neither is UNKNOWN, which is the absence of a value rather than a
	 * value.
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

	private List<SourceStatus> sources(List<Product> rows, Fetched fetched, Instant attemptedAt) {
		Map<String, SourceStatus> before = new HashMap<>();
		previous.sources().forEach(source -> before.put(source.kind() + "/" + source.name(), source));
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
		perManufacturer.forEach((manufacturer, count) -> sources.add(status(SourceKind.MANUFACTURER, manufacturer,
				count, fetched.manufacturers().getOrDefault(manufacturer, NOT_REQUESTED), before, attemptedAt)));
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

	/** Everything one run got from the legacy API, per category and per manufacturer. */
	record Fetched(Map<Category, Answer<List<UpstreamProduct>>> categories,
			Map<String, Answer<ManufacturerAvailability>> manufacturers) {
	}

	/**
	 * What one source gave: its data and when it arrived (null on failure), or why there
	 * is none (null on success).
	 */
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

	/**
	 * What one run will commit: every row and the health of every source; only the health
	 * when nothing new arrived ({@code replacesProducts} false).
	 *
	 * @param changedProducts products whose availability this run changed
	 */
	record NewSnapshot(List<Product> products, List<SourceStatus> sources, boolean replacesProducts,
			int changedProducts) {
	}

}
