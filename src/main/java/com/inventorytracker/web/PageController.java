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
 * The HTML pages: the front page and one table per category, served from
 * {@link RenderedBodies}. Before the first snapshot exists both answer the first-load
 * page, never an empty table. Each new refresh status renders the front page and every
 * category's default page before anyone asks for them.
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
		bodies.serveBody(key("/", ProductQuery.ALL, status), () -> index(status), request, response);
	}

	@GetMapping("/{category}")
	void category(@PathVariable("category") String slug, FilterParameters parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Category category = Category.require(slug);
		ProductQuery query = parameters.toQuery();
		RefreshStatus status = refreshStatus.current();
		bodies.serveBody(key(Links.category(slug), query, status), () -> category(category, query, status), request,
				response);
	}

	/** The front page and each category's default page. */
	@Override
	public void prepare(RefreshStatus status) {
		bodies.getBody(key("/", ProductQuery.ALL, status), () -> index(status));
		for (Category category : Category.values()) {
			bodies.getBody(key(Links.category(category.slug()), ProductQuery.ALL, status),
					() -> category(category, ProductQuery.ALL, status));
		}
	}

	private RenderedBody index(RefreshStatus status) {
		byte[] html = status.hasSnapshot() ? renderer.page("index", models.index(status))
				: renderer.page("first-load", models.firstLoad(status, null));
		return RenderedBody.of(html, PageRenderer.HTML);
	}

	private RenderedBody category(Category category, ProductQuery query, RefreshStatus status) {
		if (!status.hasSnapshot()) {
			return RenderedBody.of(renderer.page("first-load", models.firstLoad(status, category)), PageRenderer.HTML);
		}
		PageRows shown = rows.page(category, query, status);
		return renderer.pageWithRows("category",
				models.category(category, query, shown.matching(), shown.shown(), status), shown.section());
	}

	/** A page prints the snapshot, the query and the live parts of the refresh status. */
	private static BodyKey key(String path, ProductQuery query, RefreshStatus status) {
		return new BodyKey("page:" + path, Links.to("", query.toParameters()), status.snapshotVersion(),
				status.refreshedAt(),
				new PageState(status.nextRefreshAt(), status.refreshing(), status.staleSources()));
	}

	private record PageState(Instant nextRefreshAt, boolean refreshing, List<SourceStatus> staleSources) {
	}

}
