package com.inventorytracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.catalog.ProductRepository.ProductIds;
import com.inventorytracker.refresh.RefreshProperties;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.web.PageViews.TimeView;
import com.inventorytracker.web.RenderedBody.Section;

import org.springframework.stereotype.Component;

/**
 * Product rows rendered once per snapshot, so that each sort and filter only puts ready
 * bytes in order; rows and ids come from the snapshot the status names.
 */
@Component
class RowFragments {

	/** No line break after it: whitespace between table rows is costly for the parser. */
	private static final String ROW_END = "</tr>";

	private final ProductRepository products;

	private final Duration refreshInterval;

	private final PageRenderer renderer;

	private final Map<Category, Map<String, Row>> lastRows = new ConcurrentHashMap<>();

	private final AtomicLong newestVersion = new AtomicLong();

	// Three categories, and a second state each while a new snapshot comes in
	private final Cache<Key, Map<String, Row>> rows = Caffeine.newBuilder().maximumSize(6).build();

	// Ten full pages of the largest category, or many filtered
	private final Cache<SectionKey, PageRows> sections = Caffeine.newBuilder()
		.maximumWeight(16L * 1024 * 1024)
		.weigher((SectionKey key, PageRows rows) -> rows.section().weight())
		.build();

	RowFragments(ProductRepository products, RefreshProperties refresh, PageRenderer renderer) {
		this.products = products;
		this.refreshInterval = refresh.interval();
		this.renderer = renderer;
	}

	/** Kept per snapshot and query: the status around them changes more often. */
	PageRows page(Category category, ProductQuery query, RefreshStatus status) {
		Key rowsKey = Key.of(category, status);
		SectionKey key = new SectionKey(rowsKey, query.toParameters());
		if (newestVersion.getAndAccumulate(status.snapshotVersion(), Math::max) < status.snapshotVersion()) {
			sections.asMap().keySet().removeIf(held -> held.rows().snapshotVersion() < status.snapshotVersion());
		}
		PageRows cached = sections.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		ProductIds ranked = products.rank(category, query);
		List<byte[]> html = ranked.snapshotVersion() == status.snapshotVersion() ? rows(rowsKey, status, ranked.ids())
				: null;
		if (html != null) {
			PageRows rows = new PageRows(Section.of(PageRenderer.blocks(html)), ranked.matching(), html.size());
			sections.put(key, rows);
			return rows;
		}
		// The data is newer than the status: these rows are rendered here, not kept
		ProductPage page = products.find(category, query);
		Predicate<Product> stale = staleAvailability(status);
		List<byte[]> rendered = render(page.products()
			.stream()
			.map(product -> RowView.of(product, stale.test(product), status.refreshedAt()))
			.toList()).stream().map(Row::html).toList();
		return new PageRows(Section.of(PageRenderer.blocks(rendered)), page.matching(), rendered.size());
	}

	/** The rows of {@code ids} in that order; null when they are not all at hand. */
	private List<byte[]> rows(Key key, RefreshStatus status, List<String> ids) {
		Map<String, Row> all = rows.get(key, k -> renderAll(k, status));
		if (all == null) {
			return null;
		}
		List<byte[]> html = new ArrayList<>(ids.size());
		for (String id : ids) {
			Row row = all.get(id);
			if (row == null) {
				return null;
			}
			html.add(row.html());
		}
		return html;
	}

	/** Null if the snapshot moved meanwhile; rows printing as before keep their bytes. */
	private Map<String, Row> renderAll(Key key, RefreshStatus status) {
		long before = products.snapshotVersion();
		List<Product> all = products.find(key.category(), ProductQuery.ALL).products();
		if (before != key.snapshotVersion() || products.snapshotVersion() != before) {
			return null;
		}
		Predicate<Product> stale = staleAvailability(status);
		Map<String, Row> last = lastRows.getOrDefault(key.category(), Map.of());
		Map<String, Row> rows = new HashMap<>(all.size() * 2);
		List<RowView> changed = new ArrayList<>();
		for (Product product : all) {
			Row kept = last.get(product.id());
			RowView view = RowView.of(product, stale.test(product), key.refreshedAt());
			if (kept != null && kept.view().printsAs(view)) {
				rows.put(product.id(), kept);
			}
			else {
				changed.add(view);
			}
		}
		render(changed).forEach(row -> rows.put(row.view().id(), row));
		lastRows.put(key.category(), rows);
		return rows;
	}

	private List<Row> render(List<RowView> views) {
		if (views.isEmpty()) {
			return List.of();
		}
		String html = renderer.render("fragments/rows", Map.of("rows", views));
		List<Row> rendered = new ArrayList<>(views.size());
		int start = 0;
		for (RowView view : views) {
			int end = html.indexOf(ROW_END, start) + ROW_END.length();
			rendered.add(new Row(view, html.substring(start, end).getBytes(StandardCharsets.UTF_8)));
			start = end;
		}
		return rendered;
	}

	/** Unconfirmed: a run confirms what it writes within one interval before commit. */
	private Predicate<Product> staleAvailability(RefreshStatus status) {
		Set<String> staleManufacturers = status.manufacturers()
			.stream()
			.filter(SourceStatus::stale)
			.map(SourceStatus::name)
			.collect(Collectors.toUnmodifiableSet());
		Instant confirmedSince = status.refreshedAt() == null ? null : status.refreshedAt().minus(refreshInterval);
		return product -> staleManufacturers.contains(product.manufacturer()) || (confirmedSince != null
				&& product.availabilityCheckedAt() != null && product.availabilityCheckedAt().isBefore(confirmedSince));
	}

	record PageRows(Section section, int matching, int shown) {
	}

	private record SectionKey(Key rows, Map<String, String> query) {
	}

	private record Row(RowView view, byte[] html) {
	}

	/** What a row's HTML depends on besides its product. */
	private record Key(Category category, long snapshotVersion, Instant refreshedAt, Set<String> staleSources) {

		static Key of(Category category, RefreshStatus status) {
			Set<String> stale = status.staleSources()
				.stream()
				.map(source -> source.kind() + ":" + source.name())
				.collect(Collectors.toUnmodifiableSet());
			return new Key(category, status.snapshotVersion(), status.refreshedAt(), stale);
		}

	}

	/** Recent: under a day older than the snapshot, so the row says what it was. */
	record RowView(String id, String name, String colors, String colorText, int price, String manufacturer,
			String availability, boolean stale, String checkedAt, String previous, TimeView changedAt, boolean recent,
			String ago, long agoAmount) {

		private static final long RECENT_MINUTES = Duration.ofDays(1).toMinutes();

		static RowView of(Product product, boolean stale, Instant refreshedAt) {
			TimeView checkedAt = stale ? TimeView.of(product.availabilityCheckedAt()) : null;
			Instant changed = product.availabilityChangedAt();
			long minutes = changed == null || refreshedAt == null ? -1
					: Math.max(0, Duration.between(changed, refreshedAt).toMinutes());
			// only a recent change's age is printed, so only then does it tell rows apart
			boolean recent = minutes >= 0 && minutes < RECENT_MINUTES;
			String ago = !recent ? null
					: minutes == 0 ? "row.ago.lastUpdate" : minutes < 60 ? "row.ago.minutes" : "row.ago.hours";
			return new RowView(product.id(), product.name(), String.join(" ", product.colors()),
					String.join(", ", product.colors()), product.price(), product.manufacturer(),
					product.availability().name(), stale, checkedAt == null ? null : checkedAt.text(),
					product.previousAvailability() == null ? null : product.previousAvailability().name(),
					TimeView.of(changed), recent, ago, !recent ? 0 : minutes < 60 ? minutes : minutes / 60);
		}

		/** By hand: a record's equals is slow under C1; a refresh compares every row. */
		boolean printsAs(RowView other) {
			return price == other.price && stale == other.stale && recent == other.recent
					&& agoAmount == other.agoAmount && id.equals(other.id) && name.equals(other.name)
					&& colors.equals(other.colors) && manufacturer.equals(other.manufacturer)
					&& availability.equals(other.availability) && Objects.equals(checkedAt, other.checkedAt)
					&& Objects.equals(previous, other.previous) && Objects.equals(ago, other.ago)
					&& Objects.equals(changedAt == null ? null : changedAt.iso(),
							other.changedAt == null ? null : other.changedAt.iso());
		}

	}

}
