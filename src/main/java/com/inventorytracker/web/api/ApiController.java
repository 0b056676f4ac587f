package com.inventorytracker.web.api;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.RefreshTimings;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.web.BodyKey;
import com.inventorytracker.web.FilterParameters;
import com.inventorytracker.web.RenderedBodies;
import com.inventorytracker.web.RenderedBody;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products as JSON or CSV with the pages' filters, and the refresh status. Checked in one
 * order: the category (404), the parameters (400), a snapshot (503).
 */
@RestController
class ApiController implements RenderedBodies.Preparation {

	private static final String TEXT_CSV = "text/csv";

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private final ProductRepository products;

	private final RefreshStatusService status;

	private final JsonMapper json;

	private final RenderedBodies bodies;

	ApiController(ProductRepository products, RefreshStatusService status, JsonMapper json, RenderedBodies bodies) {
		this.products = products;
		this.status = status;
		this.json = json;
		this.bodies = bodies;
	}

	// No dot in the category: "gloves.csv" belongs to the CSV mapping, whatever the
	// Accept header says
	@GetMapping(path = "/api/products/{category:[^.]*}", produces = JSON)
	void products(@PathVariable("category") String slug, FilterParameters parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Category category = Category.require(slug);
		ProductQuery query = parameters.toQuery();
		RefreshStatus current = snapshot();
		bodies.serve(key("json", category, query, current), () -> products(category, query, current), request,
				response);
	}

	// Spring MVC matches no file suffix by itself: the route says ".csv"
	@GetMapping(path = "/api/products/{category}.csv", produces = TEXT_CSV)
	void csv(@PathVariable("category") String slug, FilterParameters parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Category category = Category.require(slug);
		ProductQuery query = parameters.toQuery();
		RefreshStatus current = snapshot();
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + ProductCsv.fileName(category, current.refreshedAt()) + '"');
		bodies.serve(
				key("csv", category, query, current), () -> RenderedBody
					.of(ProductCsv.write(products.find(category, query).products()), TEXT_CSV + ";charset=UTF-8"),
				request, response);
	}

	@GetMapping(path = "/api/status", produces = JSON)
	void status(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RefreshStatus current = status.current();
		bodies.serveSmall(statusKey(current), () -> status(current), request, response);
	}

	@Override
	public void prepare(RefreshStatus current, BiConsumer<BodyKey, Supplier<RenderedBody>> body) {
		body.accept(statusKey(current), () -> status(current));
		if (current.hasSnapshot()) {
			for (Category category : Category.values()) {
				body.accept(key("json", category, ProductQuery.ALL, current),
						() -> products(category, ProductQuery.ALL, current));
			}
		}
	}

	private RenderedBody status(RefreshStatus current) {
		return RenderedBody.of(json.writeValueAsBytes(StatusResponse.of(current)), JSON);
	}

	private RenderedBody products(Category category, ProductQuery query, RefreshStatus current) {
		ProductsResponse body = ProductsResponse.of(category, query, current, products.find(category, query));
		return RenderedBody.of(json.writeValueAsBytes(body), JSON);
	}

	private RefreshStatus snapshot() {
		RefreshStatus current = status.current();
		if (!current.hasSnapshot()) {
			ErrorResponseException loading = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
			loading.setDetail("The first load of the inventory is in progress. Try again in a few seconds.");
			loading.getHeaders().set(HttpHeaders.RETRY_AFTER, ApiProblemAdvice.RETRY_AFTER_SECONDS);
			throw loading;
		}
		return current;
	}

	private static BodyKey key(String representation, Category category, ProductQuery query, RefreshStatus current) {
		return BodyKey.of(representation + ":/api/products/" + category.slug(), query, current, null);
	}

	/** The whole status: its ETag changes with refreshing and nextRefreshAt too. */
	private static BodyKey statusKey(RefreshStatus current) {
		return BodyKey.of("json:/api/status", ProductQuery.ALL, current, current);
	}

	/** Products without their category, which the body names once. */
	record ProductsResponse(String category, long snapshotVersion, Instant refreshedAt, int total,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
			@JsonInclude(JsonInclude.Include.NON_NULL) Integer size,
			@JsonIgnoreProperties("category") List<Product> products) {

		static ProductsResponse of(Category category, ProductQuery query, RefreshStatus status, ProductPage result) {
			return new ProductsResponse(category.slug(), status.snapshotVersion(), status.refreshedAt(),
					result.matching(), query.paged() ? query.page() : null, query.size(), result.products());
		}

	}

	/** Sources keyed by name; snapshotVersion 0 while the first load is in progress. */
	record StatusResponse(long snapshotVersion, Instant refreshedAt, Instant nextRefreshAt, boolean refreshing,
			Map<String, SourceResponse> categories, Map<String, SourceResponse> manufacturers, RefreshTimings lastRun,
			String refreshedBy, String lastError) {

		static StatusResponse of(RefreshStatus status) {
			return new StatusResponse(status.snapshotVersion(), status.refreshedAt(), status.nextRefreshAt(),
					status.refreshing(), byName(status.categories()), byName(status.manufacturers()), status.lastRun(),
					status.refreshedBy(), status.lastError());
		}

		private static Map<String, SourceResponse> byName(List<SourceStatus> sources) {
			return sources.stream()
				.collect(Collectors.toMap(
						SourceStatus::name, source -> new SourceResponse(source.count(), source.lastSuccess(),
								source.lastAttempt(), source.lastError(), source.stale()),
						(a, b) -> b, LinkedHashMap::new));
		}

		/** Stale: the snapshot holds older data than the last attempt tried to fetch. */
		record SourceResponse(int count, Instant lastSuccess, Instant lastAttempt, String lastError, boolean stale) {
		}

	}

}
