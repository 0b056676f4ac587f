package com.inventorytracker.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.InvalidParameterException;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.UnknownCategoryException;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.web.PageViews.ErrorView;
import com.inventorytracker.web.RowFragments.PageRows;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The front page and the category tables (the first-load page before any snapshot), and
 * the error pages in the layout, also as Spring Boot's error view.
 */
@Controller
class PageController implements RenderedBodies.Preparation, ErrorViewResolver {

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
	public void prepare(RefreshStatus status, BiConsumer<BodyKey, Supplier<RenderedBody>> body) {
		body.accept(key("/", ProductQuery.ALL, status), () -> index(status));
		for (Category category : Category.values()) {
			body.accept(key("/" + category.slug(), ProductQuery.ALL, status),
					() -> category(category, ProductQuery.ALL, status));
		}
	}

	private RenderedBody index(RefreshStatus status) {
		return status.hasSnapshot() ? renderer.page("index", models.index(status), null) : firstLoad(status, null);
	}

	private RenderedBody category(Category category, ProductQuery query, RefreshStatus status) {
		if (!status.hasSnapshot()) {
			return firstLoad(status, category);
		}
		PageRows shown = rows.page(category, query, status);
		return renderer.page("category", models.category(category, query, shown.matching(), shown.shown(), status),
				shown.section());
	}

	private RenderedBody firstLoad(RefreshStatus status, Category current) {
		return renderer.page("first-load", models.firstLoad(status, current), null);
	}

	@ExceptionHandler(UnknownCategoryException.class)
	ModelAndView unknownCategory() {
		return errorPage(HttpStatus.NOT_FOUND, "category", null, "/");
	}

	/** The category was checked before its parameters, so the path names a real one. */
	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView invalidParameter(InvalidParameterException ex, HttpServletRequest request) {
		return errorPage(HttpStatus.BAD_REQUEST, "parameter", ex.getMessage(),
				request.getRequestURI().substring(request.getContextPath().length()));
	}

	@ExceptionHandler(RendersBusyException.class)
	ModelAndView busy(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RendersBusyException.RETRY_AFTER_SECONDS);
		return errorPage(HttpStatus.SERVICE_UNAVAILABLE, "busy", null, "/");
	}

	/** Pages cached before still come from memory; this one could not be made. */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ModelAndView databaseUnavailable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		return errorPage(HttpStatus.SERVICE_UNAVAILABLE, "database", null, "/");
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		String kind = status == HttpStatus.NOT_FOUND ? "notFound" : status.is4xxClientError() ? "request" : "server";
		return errorPage(status, kind, null, "/");
	}

	private ModelAndView errorPage(HttpStatus status, String kind, String detail, String backLink) {
		return new ModelAndView("page-error", models.error(new ErrorView(status.value(), kind, detail, backLink)),
				status);
	}

	/** A page prints the snapshot, the query and the live parts of the refresh status. */
	private static BodyKey key(String path, ProductQuery query, RefreshStatus status) {
		return BodyKey.of("page:" + path, query, status,
				new PageState(status.nextRefreshAt(), status.refreshing(), status.staleSources()));
	}

	private record PageState(Instant nextRefreshAt, boolean refreshing, List<SourceStatus> staleSources) {
	}

}
