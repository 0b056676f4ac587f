package com.inventorytracker.web.api;

import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.RefreshStatusService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The products of one category as JSON, with the same filters as the pages. */
@RestController
class ProductsApiController {

    /**
     * Enough for the full JSON of all three categories (about 1.5 MB each, plus gzip) and many filtered views,
     * well inside a 256 MB heap.
     */
    private static final long CACHE_BYTES = 32L * 1024 * 1024;

    private final ProductRepository products;

    private final RefreshStatusService status;

    private final JsonMapper json;

    private final RenderedBodyCache<ProductsRequest.Key> bodies = new RenderedBodyCache<>(CACHE_BYTES);

    ProductsApiController(ProductRepository products, RefreshStatusService status, JsonMapper json) {
        this.products = products;
        this.status = status;
        this.json = json;
    }

    // No dot in the category: "gloves.csv" belongs to the CSV mapping, whatever the Accept header says
    @GetMapping(path = "/api/products/{category:[^.]*}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> products(@PathVariable String category, FilterParameters parameters, WebRequest request) {
        ProductsRequest productsRequest = ProductsRequest.of(category, parameters, status.current());
        String etag = productsRequest.etag("json");
        // Answer a revalidation before touching the cache: after an eviction it would otherwise render again
        if (request.checkNotModified(etag)) {
            return RenderedBody.notModified();
        }
        RenderedBody body = bodies.get(productsRequest.key(), key -> RenderedBody.of(render(productsRequest), etag));
        return body.toResponse(request, MediaType.APPLICATION_JSON);
    }

    private byte[] render(ProductsRequest request) {
        return json.writeValueAsBytes(
                ProductsResponse.of(request, products.find(request.category(), request.query())));
    }

}
