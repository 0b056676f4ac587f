package com.inventorytracker.web.api;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered bodies bounded by the bytes they hold. Keys carry the snapshot version, so an entry never goes
 * stale: entries of older snapshots are simply no longer asked for and are evicted first.
 */
final class RenderedBodyCache<K> {

    private final Cache<K, RenderedBody> bodies;

    RenderedBodyCache(long maxBytes) {
        this.bodies = Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((K key, RenderedBody body) -> body.weight())
            .build();
    }

    /** The cached body of this key, rendered by {@code render} on a miss (once, even under concurrent misses). */
    RenderedBody get(K key, Function<? super K, RenderedBody> render) {
        return bodies.get(key, render);
    }

}
