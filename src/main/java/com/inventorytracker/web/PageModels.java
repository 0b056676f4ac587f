package com.inventorytracker.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.CategorySummary;
import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.catalog.SortOrder;
import com.inventorytracker.catalog.SortOrder.Field;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.web.CategoryView.FilterForm;
import com.inventorytracker.web.CategoryView.Option;
import com.inventorytracker.web.CategoryView.Pager;
import com.inventorytracker.web.CategoryView.SortHeader;
import com.inventorytracker.web.CategoryView.SortHeaders;
import com.inventorytracker.web.CategoryView.Summary;
import com.inventorytracker.web.Chrome.Tab;
import com.inventorytracker.web.IndexView.Card;

import org.springframework.stereotype.Component;

/**
 * Builds the models of the pages from the snapshot: everything a template prints, and
 * nothing else.
 */
@Component
class PageModels {

	private static final List<String> CHANGE_WINDOWS = List.of("", "15m", "1h", "24h");

	private static final List<String> PAGE_SIZES = List.of("50", "100", "250", "500", "1000");

	private final ProductRepository products;

	private final ProductColors colors;

	private final StatusPresenter presenter;

	PageModels(ProductRepository products, ProductColors colors, StatusPresenter presenter) {
		this.products = products;
		this.colors = colors;
		this.presenter = presenter;
	}

	Map<String, Object> index(RefreshStatus status) {
		List<Card> cards = Arrays.stream(Category.values()).map(this::card).toList();
		return Map.of("chrome", chrome(status, null), "view", new IndexView(cards));
	}

	Map<String, Object> firstLoad(RefreshStatus status, Category current) {
		return Map.of("chrome", chrome(status, current));
	}

	/**
	 * The model around the rows, which the template leaves to {@link PageRenderer#ROWS}:
	 * {@code shown} of the {@code matching} products.
	 */
	Map<String, Object> category(Category category, ProductQuery query, int matching, int shown, RefreshStatus status) {
		String path = Links.category(category.slug());
		CategoryView view = new CategoryView(category.slug(), path,
				summary(products.summarize(category), query, matching, shown), form(category, query),
				sortHeaders(path, query), shown == 0, PageRenderer.ROWS, pager(path, query, matching), path,
				Links.to("/api/products/" + category.slug() + ".csv", query.toParameters()),
				products.changes(category, Duration.ZERO));
		return Map.of("chrome", chrome(status, category), "view", view);
	}

	/**
	 * Error pages do not read the snapshot: they must render even when the database
	 * cannot.
	 */
	Map<String, Object> error(ErrorView error) {
		List<Tab> tabs = Arrays.stream(Category.values())
			.map(category -> new Tab(category.slug(), Links.category(category.slug()), null, false))
			.toList();
		return Map.of("chrome", new Chrome(tabs, null, null), "error", error);
	}

	private Chrome chrome(RefreshStatus status, Category current) {
		Map<Category, Integer> counts = products.countByCategory();
		List<Tab> tabs = Arrays.stream(Category.values())
			.map(category -> new Tab(category.slug(), Links.category(category.slug()), counts.get(category),
					category == current))
			.toList();
		return new Chrome(tabs, presenter.view(status), Long.toString(presenter.noscriptRefreshSeconds(status)));
	}

	private Card card(Category category) {
		CategorySummary summary = products.summarize(category);
		String link = Links.category(category.slug());
		return new Card(category.slug(), link, summary.total(), summary.count(Availability.LESSTHAN10),
				summary.count(Availability.OUTOFSTOCK), summary.count(Availability.UNKNOWN),
				products.changes(category, Duration.ofHours(1)), Links.to(link, Map.of("changed", "1h")));
	}

	private static Summary summary(CategorySummary category, ProductQuery query, int matching, int shown) {
		int first = shown == 0 ? 0 : query.offset() + 1;
		return new Summary(category.total(), category.count(Availability.LESSTHAN10),
				category.count(Availability.OUTOFSTOCK), category.count(Availability.UNKNOWN), matching, first,
				query.offset() + shown, query.filtered(), query.paged());
	}

	private FilterForm form(Category category, ProductQuery query) {
		List<Option> availabilities = Arrays.stream(Availability.values())
			.map(availability -> new Option(availability.name(), availability == query.availability()))
			.toList();
		List<Option> sorts = new ArrayList<>();
		for (Field field : Field.values()) {
			for (SortOrder sort : List.of(new SortOrder(field, false), new SortOrder(field, true))) {
				sorts.add(new Option(sort.parameter(), sort.equals(query.sort())));
			}
		}
		String size = query.paged() ? query.size().toString() : "";
		List<String> sizes = new ArrayList<>(PAGE_SIZES);
		if (!size.isEmpty() && !sizes.contains(size)) {
			sizes.add(size);
			sizes.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
		}
		sizes.add(0, "");
		return new FilterForm(query.q() == null ? "" : query.q(), availabilities,
				options(products.manufacturers(category), query.manufacturer()),
				options(colors.of(category), query.color()), sorts,
				sizes.stream().map(value -> new Option(value, value.equals(size))).toList(), changes(query));
	}

	/** Any time, the offered windows, and the current window if it is none of them. */
	private static List<Option> changes(ProductQuery query) {
		String current = query.toParameters().getOrDefault("changed", "");
		List<String> windows = new ArrayList<>(CHANGE_WINDOWS);
		if (!windows.contains(current)) {
			windows.add(current);
		}
		return windows.stream().map(value -> new Option(value, value.equals(current))).toList();
	}

	/**
	 * The values in the data, plus the current filter value even if no product has it
	 * now.
	 */
	private static List<Option> options(Collection<String> values, String current) {
		SortedSet<String> all = new TreeSet<>(values);
		if (current != null) {
			all.add(current);
		}
		return all.stream().map(value -> new Option(value, value.equals(current))).toList();
	}

	private static SortHeaders sortHeaders(String path, ProductQuery query) {
		return new SortHeaders(sortHeader(path, query, Field.NAME), sortHeader(path, query, Field.PRICE),
				sortHeader(path, query, Field.MANUFACTURER), sortHeader(path, query, Field.AVAILABILITY));
	}

	/**
	 * A column header links to its ascending sort, or flips the direction when it is the
	 * current sort.
	 */
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
		ProductPage page = new ProductPage(List.of(), matching, query);
		String previous = page.hasPrevious() ? Links.to(path, query.withPage(query.page() - 1).toParameters()) : null;
		String next = page.hasNext() ? Links.to(path, query.withPage(query.page() + 1).toParameters()) : null;
		return new Pager(query.page(), page.totalPages(), previous, next);
	}

}
