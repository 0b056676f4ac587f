package com.inventorytracker.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.web.FilterParameters;
import com.inventorytracker.web.RenderedBodies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The products of one category as a CSV download, with the same filters and rows as the
 * JSON.
 */
@RestController
class ProductsCsvController {

	static final String TEXT_CSV = "text/csv";

	private final ProductRepository products;

	private final RefreshStatusService status;

	private final RenderedBodies bodies;

	ProductsCsvController(ProductRepository products, RefreshStatusService status, RenderedBodies bodies) {
		this.products = products;
		this.status = status;
		this.bodies = bodies;
	}

	// Spring MVC matches no file suffix by itself (suffix pattern matching is gone): the
	// route says ".csv"
	@GetMapping(path = "/api/products/{category}.csv", produces = TEXT_CSV)
	void csv(@PathVariable String category, FilterParameters parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ProductsRequest productsRequest = ProductsRequest.of(category, parameters, status.current());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(ProductCsv.fileName(productsRequest.category(), productsRequest.refreshedAt()))
					.build()
					.toString());
		bodies.serve(productsRequest.key("csv"), TEXT_CSV + ";charset=UTF-8", () -> render(productsRequest), request,
				response);
	}

	private byte[] render(ProductsRequest request) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			ProductCsv.write(products.find(request.category(), request.query()).products(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing into memory cannot fail", ex);
		}
		return bytes.toByteArray();
	}

}
