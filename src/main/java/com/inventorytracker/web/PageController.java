package com.inventorytracker.web;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTML pages: the front page and one table per category, served from {@link PageCache}. Before the first
 * snapshot exists both answer the first-load page, never an empty table.
 */
@Controller
class PageController {

    private final RefreshStatusService refreshStatus;

    private final PageModels models;

    private final PageCache cache;

    private final PageRenderer renderer;

    private final StatusPresenter presenter;

    PageController(RefreshStatusService refreshStatus, PageModels models, PageCache cache, PageRenderer renderer,
            StatusPresenter presenter) {
        this.refreshStatus = refreshStatus;
        this.models = models;
        this.cache = cache;
        this.renderer = renderer;
        this.presenter = presenter;
    }

    @GetMapping("/")
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RefreshStatus status = refreshStatus.current();
        serve(PageKey.of("index", Map.of(), status), status, request, response, () -> status.hasSnapshot()
                ? render("index", models.index(status), request, response)
                : render("first-load", models.firstLoad(status, null), request, response));
    }

    @GetMapping("/{category}")
    void category(@PathVariable("category") String slug,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "availability", required = false) String availability,
            @RequestParam(name = "manufacturer", required = false) String manufacturer,
            @RequestParam(name = "color", required = false) String color,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Category category = Category.require(slug);
        ProductQuery query = ProductQuery.parse(q, availability, manufacturer, color, sort, page, size);
        RefreshStatus status = refreshStatus.current();
        PageKey key = PageKey.of(category.slug(), query.toParameters(), status);
        serve(key, status, request, response, () -> status.hasSnapshot()
                ? render("category", models.category(category, query, status), request, response)
                : render("first-load", models.firstLoad(status, category), request, response));
    }

    private void serve(PageKey key, RefreshStatus status, HttpServletRequest request, HttpServletResponse response,
            Supplier<String> render) throws IOException {
        PageResponses.send(cache.get(key, render), presenter.noscriptRefreshSeconds(status), request, response);
    }

    private String render(String template, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) {
        return renderer.render(template, model, request, response);
    }

}
