package com.inventorytracker.web.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.RefreshStatusService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The products of one category as a CSV download, with the same filters and rows as the JSON. Written straight
 * to the response as the rows are formatted: the rows are in memory once, their text never. Compression is left
 * to the server's, as the file is downloaded rarely.
 */
@RestController
class ProductsCsvController {

    static final String TEXT_CSV = "text/csv";

    private final ProductRepository products;

    private final RefreshStatusService status;

    ProductsCsvController(ProductRepository products, RefreshStatusService status) {
        this.products = products;
        this.status = status;
    }

    // Spring MVC matches no file suffix by itself (suffix pattern matching is gone): the route says ".csv"
    @GetMapping(path = "/api/products/{category}.csv", produces = TEXT_CSV)
    void csv(@PathVariable String category, FilterParameters parameters, ServletWebRequest request)
            throws IOException {
        ProductsRequest productsRequest = ProductsRequest.of(category, parameters, status.current());
        HttpServletResponse response = request.getResponse();
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (request.checkNotModified(productsRequest.etag("csv"))) {
            return;
        }
        ProductPage page = products.find(productsRequest.category(), productsRequest.query());
        response.setContentType(TEXT_CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(ProductCsv.fileName(productsRequest.category(), productsRequest.refreshedAt()))
            .build()
            .toString());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                64 * 1024);
        ProductCsv.write(page.products(), out);
        out.flush();
    }

}
