package com.inventorytracker.web.api;

import java.io.IOException;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.web.FilterParameters;
import com.inventorytracker.web.RenderedBodies;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The products of one category as JSON, with the same filters as the pages, from
 * {@link RenderedBodies}.
 */
@RestController
class ProductsApiController implements RenderedBodies.Preparation {

	private final ProductRepository products;

	private final RefreshStatusService status;

	private final JsonMapper json;

	private final RenderedBodies bodies;

	ProductsApiController(ProductRepository products, RefreshStatusService status, JsonMapper json,
			RenderedBodies bodies) {
		this.products = products;
		this.status = status;
		this.json = json;
		this.bodies = bodies;
	}

	// No dot in the category: "gloves.csv" belongs to the CSV mapping, whatever the
	// Accept header says
	@GetMapping(path = "/api/products/{category:[^.]*}", produces = MediaType.APPLICATION_JSON_VALUE)
	void products(@PathVariable String category, FilterParameters parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ProductsRequest productsRequest = ProductsRequest.of(category, parameters, status.current());
		bodies.serve(productsRequest.key("json"), MediaType.APPLICATION_JSON_VALUE, () -> render(productsRequest),
				request, response);
	}

	/** Each category's default JSON. */
	@Override
	public void prepare(RefreshStatus current) {
		if (!current.hasSnapshot()) {
			return;
		}
		for (Category category : Category.values()) {
			ProductsRequest request = ProductsRequest.of(category, ProductQuery.ALL, current);
			bodies.get(request.key("json"), MediaType.APPLICATION_JSON_VALUE, () -> render(request));
		}
	}

	private byte[] render(ProductsRequest request) {
		return json.writeValueAsBytes(ProductsResponse.of(request, products.find(request.category(), request.query())));
	}

}
