package com.inventorytracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.web.RenderedBody.Section;

import org.springframework.stereotype.Component;

/**
 * The HTML of every product row, rendered by the {@code fragments/rows} template once per
 * snapshot and category, so that each sort and filter of a page only puts ready bytes in
 * order. Rows are kept only when read from the snapshot the status names, and used only
 * for ids read from that same snapshot, so that a page never mixes two.
 */
@Component
class RowFragments {

	private static final String ROW_END = "</tr>\n";

	private final ProductRepository products;

	private final StatusPresenter presenter;

	private final PageRenderer renderer;

	// Three categories, and a second state each while a refresh marks sources stale or a
	// new snapshot comes in
	private final Map<Category, Map<String, Row>> lastRows = new ConcurrentHashMap<>();

	private final AtomicLong newestVersion = new AtomicLong();

	private final Cache<Key, Map<String, Row>> rows = Caffeine.newBuilder().maximumSize(6).build();

	// Rows of pages by query, of the newest snapshot only: ten full pages of the largest
	// category, or many filtered
	private final Cache<SectionKey, PageRows> sections = Caffeine.newBuilder()
		.maximumWeight(16L * 1024 * 1024)
		.weigher((SectionKey key, PageRows rows) -> rows.section().weight())
		.build();

	RowFragments(ProductRepository products, StatusPresenter presenter, PageRenderer renderer) {
		this.products = products;
		this.presenter = presenter;
		this.renderer = renderer;
	}

	/**
	 * The rows a page of {@code query} shows, compressed, kept per snapshot and query:
	 * the status around them changes more often than they do (a refresh starts, the next
	 * one is scheduled).
	 */
	PageRows page(Category category, ProductQuery query, RefreshStatus status) {
		SectionKey key = new SectionKey(Key.of(category, status), query.toParameters());
		dropOlderVersions(status.snapshotVersion());
		PageRows cached = sections.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		ProductIds ranked = products.rank(category, query);
		List<byte[]> html = ranked.snapshotVersion() == status.snapshotVersion() ? of(category, status, ranked.ids())
				: null;
		if (html != null) {
			PageRows rows = new PageRows(Section.of(PageRenderer.blocks(html)), ranked.matching(), html.size());
			sections.put(key, rows);
			return rows;
		}
		// Nothing matches, or the data is newer than the status: the rows are read and
		// rendered here, not kept
		ProductPage page = products.find(category, query);
		List<byte[]> rendered = render(page.products(), status);
		return new PageRows(Section.of(PageRenderer.blocks(rendered)), page.matching(), rendered.size());
	}

	/**
	 * Older snapshots' rows are never asked for again once a newer one is: free their
	 * room at once.
	 */
	private void dropOlderVersions(long version) {
		if (newestVersion.getAndAccumulate(version, Math::max) < version) {
			sections.asMap().keySet().removeIf(key -> key.rows().snapshotVersion() < version);
		}
	}

	/**
	 * @param matching how many products match over all pages
	 * @param shown how many rows the section holds
	 */
	record PageRows(Section section, int matching, int shown) {
	}

	private record SectionKey(Key rows, Map<String, String> query) {
	}

	/**
	 * The rows of the products {@code ids} of the snapshot {@code status} names, in that
	 * order; null when they are not all at hand (the data is newer than the status), for
	 * {@link #render} to do instead.
	 */
	List<byte[]> of(Category category, RefreshStatus status, List<String> ids) {
		Map<String, Row> all = rows.get(Key.of(category, status), key -> renderAll(category, status));
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

	/** The rows of {@code shown}, in its order, rendered now. */
	List<byte[]> render(List<Product> shown, RefreshStatus status) {
		Predicate<Product> stale = presenter.staleAvailability(status);
		Map<String, Row> rendered = render(shown.stream()
			.map(product -> new Row(RowView.of(product, stale.test(product), status.refreshedAt()), null))
			.toList());
		return shown.stream().map(product -> rendered.get(product.id()).html()).toList();
	}

	/**
	 * Every row of the category, if the snapshot stayed the one of {@code status} while
	 * they were read. A row that prints the same as in the category's last rows keeps its
	 * bytes: a refresh changes few products (the confirmation time, which every run
	 * moves, is printed only on stale rows, and the age of a change only while it
	 * changes), and the rest need no template.
	 */
	private Map<String, Row> renderAll(Category category, RefreshStatus status) {
		long before = products.snapshotVersion();
		List<Product> all = products.find(category, ProductQuery.ALL).products();
		if (before != status.snapshotVersion() || products.snapshotVersion() != before) {
			return null;
		}
		Predicate<Product> stale = presenter.staleAvailability(status);
		Map<String, Row> last = lastRows.getOrDefault(category, Map.of());
		Map<String, Row> rows = new HashMap<>(all.size() * 2);
		List<Row> changed = new ArrayList<>();
		for (Product product : all) {
			Row kept = last.get(product.id());
			RowView view = RowView.of(product, stale.test(product), status.refreshedAt());
			if (kept != null && kept.view().equals(view)) {
				rows.put(product.id(), kept);
			}
			else {
				changed.add(new Row(view, null));
			}
		}
		rows.putAll(render(changed));
		lastRows.put(category, rows);
		return rows;
	}

	private Map<String, Row> render(List<Row> toRender) {
		Map<String, Row> rendered = new HashMap<>(toRender.size() * 2);
		if (toRender.isEmpty()) {
			return rendered;
		}
		List<RowView> views = toRender.stream().map(Row::view).toList();
		String html = renderer.render("fragments/rows", Map.of("rows", views));
		int start = 0;
		for (Row row : toRender) {
			int end = html.indexOf(ROW_END, start) + ROW_END.length();
			rendered.put(row.view().id(),
					new Row(row.view(), html.substring(start, end).getBytes(StandardCharsets.UTF_8)));
			start = end;
		}
		return rendered;
	}

	/** A row as the template prints it, and its HTML; null until rendered. */
	private record Row(RowView view, byte[] html) {
	}

	/**
	 * What a row's HTML depends on besides its product: which sources are stale, and the
	 * snapshot's time.
	 */
	private record Key(Category category, long snapshotVersion, Instant refreshedAt, Set<String> staleSources) {

		static Key of(Category category, RefreshStatus status) {
			Set<String> stale = status.staleSources()
				.stream()
				.map(source -> source.kind() + ":" + source.name())
				.collect(Collectors.toUnmodifiableSet());
			return new Key(category, status.snapshotVersion(), status.refreshedAt(), stale);
		}

	}

	/**
	 * One row as the template prints it.
	 *
	 * @param colors the colour names, space-separated, for the swatches' CSS
	 * @param colorText the colour names as read
	 * @param checkedAt when a stale row's availability was last confirmed (UTC text);
	 * null while never
	 * @param previous the availability before the latest change; null while it never
	 * changed
	 * @param changedAt when it changed; null while never
	 * @param recent the change is less than a day older than the snapshot, so the row
	 * says what it was
	 * @param ago how long before the snapshot's refresh it changed, as a message key and
	 * its amount
	 */
	record RowView(String id, String name, String colors, String colorText, int price, String manufacturer,
			String availability, boolean stale, String checkedAt, String previous, TimeView changedAt, boolean recent,
			String ago, long agoAmount) {

		private static final long RECENT_MINUTES = Duration.ofDays(1).toMinutes();

		static RowView of(Product product, boolean stale, Instant refreshedAt) {
			TimeView checkedAt = stale ? TimeView.of(product.availabilityCheckedAt()) : null;
			long minutes = minutesBefore(product, refreshedAt);
			// only a recent change's age is printed, so only then is it part of the row's
			// equality
			boolean recent = minutes >= 0 && minutes < RECENT_MINUTES;
			String ago = !recent ? null
					: minutes == 0 ? "row.ago.lastUpdate" : minutes < 60 ? "row.ago.minutes" : "row.ago.hours";
			return new RowView(product.id(), product.name(), String.join(" ", product.colors()),
					String.join(", ", product.colors()), product.price(), product.manufacturer(),
					product.availability().name(), stale, checkedAt == null ? null : checkedAt.text(),
					product.previousAvailability() == null ? null : product.previousAvailability().name(),
					TimeView.of(product.availabilityChangedAt()), recent, ago,
					!recent ? 0 : minutes < 60 ? minutes : minutes / 60);
		}

		/**
		 * Whole minutes from the change to the snapshot's refresh; -1 while it never
		 * changed.
		 */
		private static long minutesBefore(Product product, Instant refreshedAt) {
			Instant changed = product.availabilityChangedAt();
			if (changed == null || refreshedAt == null) {
				return -1;
			}
			return Math.max(0, Duration.between(changed, refreshedAt).toMinutes());
		}

	}

}
