package com.inventorytracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductPage;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.catalog.ProductRepository.ProductIds;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.web.RenderedBody.Section;

import org.springframework.stereotype.Component;

/**
 * The HTML of every product row, rendered by the {@code fragments/rows} template once per snapshot and category,
 * so that each sort and filter of a page only puts ready bytes in order. Rows are kept only when read from the
 * snapshot the status names, and used only for ids read from that same snapshot, so that a page never mixes two.
 */
@Component
class RowFragments {

    private static final String ROW_END = "</tr>\n";

    private final ProductRepository products;

    private final StatusPresenter presenter;

    private final PageRenderer renderer;

    // Three categories, and a second state each while a refresh marks sources stale or a new snapshot comes in
    private final Cache<Key, Map<String, byte[]>> rows = Caffeine.newBuilder().maximumSize(6).build();

    // Rows of pages by query: a dozen full pages of the largest category, and many filtered ones
    private final Cache<SectionKey, PageRows> sections = Caffeine.newBuilder()
        .maximumWeight(32L * 1024 * 1024)
        .weigher((SectionKey key, PageRows rows) -> rows.section().weight())
        .build();

    RowFragments(ProductRepository products, StatusPresenter presenter, PageRenderer renderer) {
        this.products = products;
        this.presenter = presenter;
        this.renderer = renderer;
    }

    /**
     * The rows a page of {@code query} shows, compressed, kept per snapshot and query: the status around them
     * changes more often than they do (a refresh starts, the next one is scheduled).
     */
    PageRows page(Category category, ProductQuery query, RefreshStatus status) {
        SectionKey key = new SectionKey(Key.of(category, status), query.toParameters());
        PageRows cached = sections.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        ProductIds ranked = products.rank(category, query);
        List<byte[]> html = ranked.snapshotVersion() == status.snapshotVersion()
                ? of(category, status, ranked.ids()) : null;
        if (html != null) {
            PageRows rows = new PageRows(Section.of(PageRenderer.blocks(html)), ranked.matching(), html.size());
            sections.put(key, rows);
            return rows;
        }
        // Nothing matches, or the data is newer than the status: the rows are read and rendered here, not kept
        ProductPage page = products.find(category, query);
        List<byte[]> rendered = render(page.products(), status);
        return new PageRows(Section.of(PageRenderer.blocks(rendered)), page.matching(), rendered.size());
    }

    /**
     * @param matching how many products match over all pages
     * @param shown    how many rows the section holds
     */
    record PageRows(Section section, int matching, int shown) {
    }

    private record SectionKey(Key rows, Map<String, String> query) {
    }

    /**
     * The rows of the products {@code ids} of the snapshot {@code status} names, in that order; null when they
     * are not all at hand (the data is newer than the status), for {@link #render} to do instead.
     */
    List<byte[]> of(Category category, RefreshStatus status, List<String> ids) {
        Map<String, byte[]> all = rows.get(Key.of(category, status), key -> renderAll(category, status));
        if (all == null) {
            return null;
        }
        List<byte[]> html = new ArrayList<>(ids.size());
        for (String id : ids) {
            byte[] row = all.get(id);
            if (row == null) {
                return null;
            }
            html.add(row);
        }
        return html;
    }

    /** The rows of {@code shown}, in its order, rendered now. */
    List<byte[]> render(List<Product> shown, RefreshStatus status) {
        Map<String, byte[]> rendered = render(shown, presenter.staleAvailability(status));
        return shown.stream().map(product -> rendered.get(product.id())).toList();
    }

    /** Every row of the category, if the snapshot stayed the one of {@code status} while they were read. */
    private Map<String, byte[]> renderAll(Category category, RefreshStatus status) {
        long before = products.snapshotVersion();
        List<Product> all = products.find(category, ProductQuery.ALL).products();
        if (before != status.snapshotVersion() || products.snapshotVersion() != before) {
            return null;
        }
        return render(all, presenter.staleAvailability(status));
    }

    private Map<String, byte[]> render(List<Product> list, Predicate<Product> stale) {
        List<RowView> views = list.stream().map(product -> RowView.of(product, stale.test(product))).toList();
        String html = renderer.render("fragments/rows", Map.of("rows", views));
        Map<String, byte[]> rendered = new HashMap<>(list.size() * 2);
        int start = 0;
        for (Product product : list) {
            int end = html.indexOf(ROW_END, start) + ROW_END.length();
            rendered.put(product.id(), html.substring(start, end).getBytes(StandardCharsets.UTF_8));
            start = end;
        }
        return rendered;
    }

    /** What a row's HTML depends on besides its product: which sources are stale, and the snapshot's time. */
    private record Key(Category category, long snapshotVersion, Instant refreshedAt, Set<String> staleSources) {

        static Key of(Category category, RefreshStatus status) {
            Set<String> stale = status.staleSources().stream()
                .map(source -> source.kind() + ":" + source.name())
                .collect(Collectors.toUnmodifiableSet());
            return new Key(category, status.snapshotVersion(), status.refreshedAt(), stale);
        }

    }

    /**
     * One row as the template prints it.
     *
     * @param colors    the colour names, space-separated, for the swatches' CSS
     * @param colorText the colour names as read
     * @param checkedAt when a stale row's availability was last confirmed (UTC text); null while never
     */
    record RowView(String id, String name, String colors, String colorText, int price, String manufacturer,
            String availability, boolean stale, String checkedAt) {

        static RowView of(Product product, boolean stale) {
            TimeView checkedAt = stale ? TimeView.of(product.availabilityCheckedAt()) : null;
            return new RowView(product.id(), product.name(), String.join(" ", product.colors()),
                    String.join(", ", product.colors()), product.price(), product.manufacturer(),
                    product.availability().name(), stale, checkedAt == null ? null : checkedAt.text());
        }

    }

}
