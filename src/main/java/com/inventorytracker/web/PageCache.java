package com.inventorytracker.web;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Rendered pages, by {@link PageKey}. The snapshot changes every few minutes at most, while the largest page
 * takes far longer to render than to send, so each page is rendered and compressed once per snapshot. Bounded
 * by bytes held; a new snapshot version makes new keys at once and drops the older versions' pages.
 */
@Component
class PageCache {

    /**
     * Stands in the rendered HTML for the no-script refresh seconds, which {@link RenderedPage} fills per
     * request. Letters and dashes only, so HTML escaping leaves it unchanged.
     */
    static final String REFRESH_HOLE = "NOSCRIPT-REFRESH-SECONDS";

    /** Enough for a dozen full copies of the largest category, plenty of filtered pages, and a small heap. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Cache<PageKey, CachedPage> pages = Caffeine.newBuilder()
        .maximumWeight(MAX_BYTES)
        .weigher((PageKey key, CachedPage page) -> page.content().weight())
        .build();

    private final AtomicLong newestVersion = new AtomicLong();

    /** The cached page, or {@code render}'s HTML split and compressed; concurrent misses render once. */
    CachedPage get(PageKey key, Supplier<String> render) {
        dropOlderVersions(key.snapshotVersion());
        return pages.get(key, missing -> new CachedPage("v" + key.snapshotVersion() + "-" + key.fingerprint(),
                RenderedPage.split(render.get(), REFRESH_HOLE)));
    }

    /**
     * @param tag the ETag's stem: the snapshot version and a digest of the key, worked out once per page
     */
    record CachedPage(String tag, RenderedPage content) {
    }

    private void dropOlderVersions(long version) {
        long previous = newestVersion.getAndAccumulate(version, Math::max);
        if (version > previous) {
            pages.asMap().keySet().removeIf(key -> key.snapshotVersion() < version);
        }
    }

}
