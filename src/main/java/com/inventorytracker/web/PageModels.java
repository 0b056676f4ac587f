package com.inventorytracker.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.CategorySummary;
import com.inventorytracker.catalog.ChangeSummary;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.catalog.SortOrder;
import com.inventorytracker.catalog.SortOrder.Field;
import com.inventorytracker.refresh.RefreshProperties;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.refresh.SourceStatus.SourceKind;
import com.inventorytracker.web.PageViews.Card;
import com.inventorytracker.web.PageViews.CategoryView;
import com.inventorytracker.web.PageViews.Chrome;
import com.inventorytracker.web.PageViews.ErrorView;
import com.inventorytracker.web.PageViews.FilterForm;
import com.inventorytracker.web.PageViews.Option;
import com.inventorytracker.web.PageViews.Pager;
import com.inventorytracker.web.PageViews.SortHeader;
import com.inventorytracker.web.PageViews.SortHeaders;
import com.inventorytracker.web.PageViews.StaleWarning;
import com.inventorytracker.web.PageViews.StatusView;
import com.inventorytracker.web.PageViews.Summary;
import com.inventorytracker.web.PageViews.Tab;
import com.inventorytracker.web.PageViews.TimeView;

import org.springframework.stereotype.Component;

@Component
class PageModels {

	/** While a refresh is running, overdue or not scheduled. */
	static final Duration NOSCRIPT_RETRY = Duration.ofSeconds(15);

	private static final List<String> CHANGE_WINDOWS = List.of("", "15m", "1h", "24h");

	private static final List<String> PAGE_SIZES = List.of("", "50", "100", "250", "500", "1000");

	// A stable sort by it keeps the offered order, with the current value last
	private static final Comparator<String> AS_OFFERED = (a, b) -> 0;

	/** "" (all rows) first, then by number. */
	private static final Comparator<String> BY_SIZE = Comparator
		.comparingInt(size -> size.isEmpty() ? 0 : Integer.parseInt(size));

	private final ProductRepository products;

	private final Duration refreshInterval;

	/** Also the margin after a due refresh before a noscript reload. */
	private final Duration pagePoll;

	private final Clock clock;

	// Three categories, and a second state each while a new snapshot comes in
	private final Cache<FactsKey, Facts> facts = Caffeine.newBuilder().maximumSize(6).build();

	PageModels(ProductRepository products, RefreshProperties refresh, Clock clock) {
		this.products = products;
		this.refreshInterval = refresh.interval();
		this.pagePoll = refresh.pagePoll();
		this.clock = clock;
	}

	Map<String, Object> index(RefreshStatus status) {
		return Map.of("chrome", chrome(status, null, products.countByCategory()), "cards",
				Arrays.stream(Category.values()).map(this::card).toList());
	}

	Map<String, Object> firstLoad(RefreshStatus status, Category current) {
		return Map.of("chrome", chrome(status, current, products.countByCategory()));
	}

	Map<String, Object> category(Category category, ProductQuery query, int matching, int shown, RefreshStatus status) {
		String path = "/" + category.slug();
		Facts facts = facts(category, status);
		CategorySummary counts = facts.summary();
		Summary summary = new Summary(counts.total(), counts.count(Availability.LESSTHAN10),
				counts.count(Availability.OUTOFSTOCK), counts.count(Availability.UNKNOWN), matching,
				shown == 0 ? 0 : query.offset() + 1, query.offset() + shown, query.filtered(), query.paged());
		CategoryView view = new CategoryView(category.slug(), path, summary, form(facts, query),
				sortHeaders(path, query), shown == 0, PageRenderer.ROWS, pager(path, query, matching),
				Links.to("/api/products/" + category.slug() + ".csv", query.toParameters()), facts.lastUpdate());
		return Map.of("chrome", chrome(status, category, facts.counts()), "view", view);
	}

	/** Kept only when read from the status's snapshot, before and after. */
	private Facts facts(Category category, RefreshStatus status) {
		FactsKey key = new FactsKey(category, status.snapshotVersion(), status.refreshedAt());
		Facts cached = facts.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		long before = products.snapshotVersion();
		Facts read = new Facts(products.countByCategory(), products.summarize(category),
				products.changes(category, Duration.ZERO), products.manufacturers(category), products.colors(category));
		if (before == key.snapshotVersion() && products.snapshotVersion() == before) {
			facts.put(key, read);
		}
		return read;
	}

	/** Without the snapshot: error pages must render even when the database cannot. */
	Map<String, Object> error(ErrorView error) {
		return Map.of("chrome", new Chrome(tabs(Map.of(), null), null, null), "error", error);
	}

	private Chrome chrome(RefreshStatus status, Category current, Map<Category, Integer> counts) {
		List<StaleWarning> warnings = status.staleSources().stream().map(PageModels::warning).toList();
		StatusView view = new StatusView(status.snapshotVersion(), TimeView.of(status.refreshedAt()),
				TimeView.of(status.nextRefreshAt()), status.refreshing(), refreshInterval.toSeconds(),
				pagePoll.toMillis(), warnings);
		return new Chrome(tabs(counts, current), view, Long.toString(noscriptRefreshSeconds(status)));
	}

	/** To the next refresh plus a margin, or a short retry while one runs or is late. */
	long noscriptRefreshSeconds(RefreshStatus status) {
		Instant now = clock.instant();
		Instant next = status.nextRefreshAt();
		if (status.refreshing() || next == null || !now.isBefore(next)) {
			return NOSCRIPT_RETRY.toSeconds();
		}
		long seconds = (Duration.between(now, next).toMillis() + 999) / 1000;
		return Math.max(NOSCRIPT_RETRY.toSeconds(),
				Math.min(seconds, refreshInterval.toSeconds()) + (pagePoll.toMillis() + 999) / 1000);
	}

	private static StaleWarning warning(SourceStatus source) {
		String kind = source.kind() == SourceKind.CATEGORY ? "category" : "manufacturer";
		String key = "status.stale." + kind + (source.lastSuccess() == null ? ".never" : "");
		return new StaleWarning(key, source.name(), TimeView.of(source.lastSuccess()));
	}

	private static List<Tab> tabs(Map<Category, Integer> counts, Category current) {
		return Arrays.stream(Category.values())
			.map(category -> new Tab(category.slug(), "/" + category.slug(), counts.get(category), category == current))
			.toList();
	}

	private Card card(Category category) {
		CategorySummary summary = products.summarize(category);
		String link = "/" + category.slug();
		return new Card(category.slug(), link, summary.total(), summary.count(Availability.LESSTHAN10),
				summary.count(Availability.OUTOFSTOCK), summary.count(Availability.UNKNOWN),
				products.changes(category, Duration.ofHours(1)), Links.to(link, Map.of("changed", "1h")));
	}

	private FilterForm form(Facts facts, ProductQuery query) {
		List<Option> availabilities = Arrays.stream(Availability.values())
			.map(availability -> new Option(availability.name(), availability == query.availability()))
			.toList();
		List<Option> sorts = Arrays.stream(Field.values())
			.flatMap(field -> Stream.of(new SortOrder(field, false), new SortOrder(field, true)))
			.map(sort -> new Option(sort.parameter(), sort.equals(query.sort())))
			.toList();
		String size = query.paged() ? query.size().toString() : "";
		return new FilterForm(Objects.requireNonNullElse(query.q(), ""), availabilities,
				options(facts.manufacturers(), query.manufacturer(), Comparator.naturalOrder()),
				options(facts.colors(), query.color(), Comparator.naturalOrder()), sorts,
				options(PAGE_SIZES, size, BY_SIZE),
				options(CHANGE_WINDOWS, query.toParameters().getOrDefault("changed", ""), AS_OFFERED));
	}

	/** The values offered, and the current one (if any) even where it is none of them. */
	private static List<Option> options(Collection<String> offered, String current, Comparator<String> order) {
		return Stream.concat(offered.stream(), Stream.ofNullable(current))
			.distinct()
			.sorted(order)
			.map(value -> new Option(value, value.equals(current)))
			.toList();
	}

	private static SortHeaders sortHeaders(String path, ProductQuery query) {
		return new SortHeaders(sortHeader(path, query, Field.NAME), sortHeader(path, query, Field.PRICE),
				sortHeader(path, query, Field.MANUFACTURER), sortHeader(path, query, Field.AVAILABILITY));
	}

	private static SortHeader sortHeader(String path, ProductQuery query, Field field) {
		SortOrder current = query.sort();
		boolean active = current.field() == field;
		SortOrder target = active ? current.reversed() : new SortOrder(field, false);
		String ariaSort = active ? (current.descending() ? "descending" : "ascending") : null;
		return new SortHeader(Links.to(path, query.withSort(target).toParameters()), ariaSort);
	}

	private static Pager pager(String path, ProductQuery query, int matching) {
		if (!query.paged()) {
			return null;
		}
		int pages = Math.max(1, (matching + query.size() - 1) / query.size());
		String previous = query.page() > 1 ? Links.to(path, query.withPage(query.page() - 1).toParameters()) : null;
		String next = query.page() < pages ? Links.to(path, query.withPage(query.page() + 1).toParameters()) : null;
		return new Pager(query.page(), pages, previous, next);
	}

	/**
	 * What a category's pages show of a snapshot besides the rows, whatever the filter.
	 */
	private record Facts(Map<Category, Integer> counts, CategorySummary summary, ChangeSummary lastUpdate,
			List<String> manufacturers, List<String> colors) {
	}

	/**
	 * The version restarts at 1 when the database file is lost; the time tells them
	 * apart.
	 */
	private record FactsKey(Category category, long snapshotVersion, Instant refreshedAt) {
	}

}
