package com.inventorytracker.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.refresh.RefreshStatus;

import org.springframework.util.DigestUtils;

/**
 * One validated request for a category's products, against the snapshot current when it arrived. Shared by the
 * JSON and CSV answers so that both check the same things in the same order: category (404), then parameters
 * (400), then whether any snapshot exists yet (503).
 */
record ProductsRequest(Category category, ProductQuery query, long snapshotVersion, Instant refreshedAt) {

    static ProductsRequest of(String category, FilterParameters parameters, RefreshStatus status) {
        Category known = Category.require(category);
        ProductQuery query = parameters.toQuery();
        if (!status.hasSnapshot()) {
            throw new SnapshotNotReadyException();
        }
        return new ProductsRequest(known, query, status.snapshotVersion(), status.refreshedAt());
    }

    /** The canonical form of the request: equal for requests that must get the same bytes. */
    Key key() {
        return new Key(category, snapshotVersion, refreshedAt, query.toParameters());
    }

    /**
     * Changes with the snapshot and the query. The refresh time is part of it because the version counter starts
     * again at 1 when the database file is lost (a new dyno), and an old ETag must not match new data.
     */
    String etag(String representation) {
        String canonical = category.slug() + '?' + query.toParameters();
        String queryHash = DigestUtils.md5DigestAsHex(canonical.getBytes(StandardCharsets.UTF_8));
        return RenderedBody.weakETag(representation + '-' + snapshotVersion + '-'
                + Long.toString(refreshedAt.toEpochMilli(), 36) + '-' + queryHash.substring(0, 16));
    }

    record Key(Category category, long snapshotVersion, Instant refreshedAt, Map<String, String> parameters) {
    }

}
