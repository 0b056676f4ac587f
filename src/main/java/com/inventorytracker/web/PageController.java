package com.inventorytracker.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.web.RowFragments.PageRows;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.SourceStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The front page and one table per category. Before the first snapshot exists both answer
 * the first-load page, never an empty table.
 */
@Controller
class PageController implements RenderedBodies.Preparation {

	private final RefreshStatusService refreshStatus;

	private final PageModels models;

	private final RowFragments rows;

	private final PageRenderer renderer;

	private final RenderedBodies bodies;

	PageController(RefreshStatusService refreshStatus, PageModels models, RowFragments rows, PageRenderer renderer,
			RenderedBodies bodies) {
		this.refreshStatus = refreshStatus;
		this.models = models;
		this.rows = rows;
		this.renderer = renderer;
		this.bodies = bodies;
	}

	@GetMapping("/")
	void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RefreshStatus status = refreshStatus.current();
		bodies.serve(key("/", ProductQuery.ALL, status), () -> index(status), request, response);
	}

	@GetMapping("/{category}")
	void category(@PathVariable("category") String slug, FilterParameters parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Category category = Category.require(slug);
		ProductQuery query = parameters.toQuery();
		RefreshStatus status = refreshStatus.current();
		bodies.serve(key("/" + slug, query, status), () -> category(category, query, status), request, response);
	}

	@Override
	public void prepare(RefreshStatus status) {
		bodies.get(key("/", ProductQuery.ALL, status), () -> index(status));
		for (Category category : Category.values()) {
			bodies.get(key("/" + category.slug(), ProductQuery.ALL, status),
					() -> category(category, ProductQuery.ALL, status));
		}
	}

	private RenderedBody index(RefreshStatus status) {
		return status.hasSnapshot() ? renderer.page("index", models.index(status)) : firstLoad(status, null);
	}

	private RenderedBody category(Category category, ProductQuery query, RefreshStatus status) {
		if (!status.hasSnapshot()) {
			return firstLoad(status, category);
		}
		PageRows shown = rows.page(category, query, status);
		return renderer.pageWithRows("category",
				models.category(category, query, shown.matching(), shown.shown(), status), shown.section());
	}

	private RenderedBody firstLoad(RefreshStatus status, Category current) {
		return renderer.page("first-load", models.firstLoad(status, current));
	}

	/** A page prints the snapshot, the query and the live parts of the refresh status. */
	private static BodyKey key(String path, ProductQuery query, RefreshStatus status) {
		return BodyKey.of("page:" + path, query, status,
				new PageState(status.nextRefreshAt(), status.refreshing(), status.staleSources()));
	}

	private record PageState(Instant nextRefreshAt, boolean refreshing, List<SourceStatus> staleSources) {
	}

}
