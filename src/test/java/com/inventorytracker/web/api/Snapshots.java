package com.inventorytracker.web.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.inventorytracker.TestSnapshots;
import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.RefreshStatusService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes fixture snapshots for the tests sharing one context. Each snapshot gets a version of its own, as a real
 * refresh would, so that no answer cached for an earlier test can be served to a later one.
 */
public final class Snapshots {

    public static final Instant REFRESHED_AT = Instant.parse("2026-11-25T12:00:00Z");

    public static final Instant CHECKED_AT = Instant.parse("2026-11-25T11:58:30Z");

    private static final AtomicLong versions = new AtomicLong(100);

    private final JdbcClient jdbc;

    private final RefreshStatusService status;

    public Snapshots(JdbcClient jdbc, RefreshStatusService status) {
        this.jdbc = jdbc;
        this.status = status;
    }

    /** Replaces the snapshot with these products, refreshed at {@link #REFRESHED_AT}; answers its version. */
    public long write(Product... products) {
        return write(REFRESHED_AT, products);
    }

    public long write(Instant refreshedAt, Product... products) {
        long version = versions.incrementAndGet();
        TestSnapshots.replace(jdbc, version, refreshedAt, List.of(products));
        status.reload();
        return version;
    }

    /** The state of a fresh install: no snapshot yet. */
    public void clear() {
        TestSnapshots.clear(jdbc);
        status.reload();
    }

    public static Product product(Category category, String id, String name, int price, String manufacturer,
            Availability availability, String... colors) {
        return new Product(id, category, name, Arrays.asList(colors), price, manufacturer, availability, CHECKED_AT);
    }

    public static Product glove(String id, String name, int price, String manufacturer, Availability availability,
            String... colors) {
        return product(Category.GLOVES, id, name, price, manufacturer, availability, colors);
    }

}
