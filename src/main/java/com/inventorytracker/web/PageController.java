package com.inventorytracker.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.catalog.ProductRepository.ProductIds;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.SourceStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The HTML pages: the front page and one table per category, served from {@link RenderedBodies}. Before the first
 * snapshot exists both answer the first-load page, never an empty table. Each new refresh status renders the
 * front page and every category's default page before anyone asks for them.
 */
@Controller
class PageController implements RenderedBodies.Preparation {

    private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

    private final RefreshStatusService refreshStatus;

    private final ProductRepository products;

    private final PageModels models;

    private final RowFragments rows;

    private final PageRenderer renderer;

    private final RenderedBodies bodies;

    PageController(RefreshStatusService refreshStatus, ProductRepository products, PageModels models,
            RowFragments rows, PageRenderer renderer, RenderedBodies bodies) {
        this.refreshStatus = refreshStatus;
        this.products = products;
        this.models = models;
        this.rows = rows;
        this.renderer = renderer;
        this.bodies = bodies;
    }

    @GetMapping("/")
    void index(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RefreshStatus status = refreshStatus.current();
        bodies.serve(key("/", ProductQuery.ALL, status), HTML, () -> index(status), request, response);
    }

    @GetMapping("/{category}")
    void category(@PathVariable("category") String slug, FilterParameters parameters,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Category category = Category.require(slug);
        ProductQuery query = parameters.toQuery();
        RefreshStatus status = refreshStatus.current();
        bodies.serve(key(Links.category(slug), query, status), HTML, () -> category(category, query, status),
                request, response);
    }

    /** The front page and each category's default page. */
    @Override
    public void prepare(RefreshStatus status) {
        bodies.get(key("/", ProductQuery.ALL, status), HTML, () -> index(status));
        for (Category category : Category.values()) {
            bodies.get(key(Links.category(category.slug()), ProductQuery.ALL, status), HTML,
                    () -> category(category, ProductQuery.ALL, status));
        }
    }

    private byte[] index(RefreshStatus status) {
        return status.hasSnapshot() ? renderer.page("index", models.index(status))
                : renderer.page("first-load", models.firstLoad(status, null));
    }

    private byte[] category(Category category, ProductQuery query, RefreshStatus status) {
        if (!status.hasSnapshot()) {
            return renderer.page("first-load", models.firstLoad(status, category));
        }
        ProductIds ranked = products.rank(category, query);
        List<byte[]> html = ranked.snapshotVersion() == status.snapshotVersion()
                ? rows.of(category, status, ranked.ids()) : null;
        int matching = ranked.matching();
        if (html == null) {
            // Nothing matches, or the data is newer than the status: the rows are read and rendered here
            ProductPage page = products.find(category, query);
            html = rows.render(page.products(), status);
            matching = page.matching();
        }
        return renderer.pageWithRows("category", models.category(category, query, matching, html.size(), status),
                html);
    }

    /** A page prints the snapshot, the query and the live parts of the refresh status. */
    private static BodyKey key(String path, ProductQuery query, RefreshStatus status) {
        return new BodyKey("page:" + path, Links.to("", query.toParameters()), status.snapshotVersion(),
                status.refreshedAt(), new PageState(status.nextRefreshAt(), status.refreshing(),
                        status.staleSources()));
    }

    private record PageState(Instant nextRefreshAt, boolean refreshing, List<SourceStatus> staleSources) {
    }

}
