package com.inventorytracker;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.SourceStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes snapshot rows straight into SQLite, for tests of the read side. */
public final class TestSnapshots {

    private TestSnapshots() {
    }

    /** Replaces the whole snapshot with these products, as version {@code version} refreshed at {@code at}. */
    public static void replace(JdbcClient jdbc, long version, Instant at, List<Product> products) {
        jdbc.sql("DELETE FROM product").update();
        jdbc.sql("DELETE FROM source_status").update();
        for (Product product : products) {
            jdbc.sql("""
                    INSERT INTO product (category, id, name, search_name, colors, price, manufacturer,
                                         availability, availability_rank, availability_checked_at,
                                         previous_availability, availability_changed_at)
                    VALUES (:category, :id, :name, :searchName, :colors, :price, :manufacturer,
                            :availability, :rank, :checkedAt, :previous, :changedAt)
                    """)
                .param("category", product.category().slug())
                .param("id", product.id())
                .param("name", product.name())
                .param("searchName", product.name().toLowerCase(Locale.ROOT))
                .param("colors", ProductRepository.joinColors(product.colors()))
                .param("price", product.price())
                .param("manufacturer", product.manufacturer())
                .param("availability", product.availability().name())
                .param("rank", product.availability().rank())
                .param("checkedAt", product.availabilityCheckedAt() == null ? null
                        : product.availabilityCheckedAt().toEpochMilli())
                .param("previous", product.previousAvailability() == null ? null
                        : product.previousAvailability().name())
                .param("changedAt", product.availabilityChangedAt() == null ? null
                        : product.availabilityChangedAt().toEpochMilli())
                .update();
        }
        jdbc.sql("""
                INSERT INTO snapshot (id, version, refreshed_at) VALUES (1, :version, :at)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, refreshed_at = excluded.refreshed_at
                """)
            .param("version", version)
            .param("at", at.toEpochMilli())
            .update();
    }

    public static void source(JdbcClient jdbc, SourceStatus source) {
        jdbc.sql("""
                INSERT OR REPLACE INTO source_status (kind, name, item_count, last_success, last_attempt, last_error, stale)
                VALUES (:kind, :name, :count, :lastSuccess, :lastAttempt, :lastError, :stale)
                """)
            .param("kind", source.kind().name())
            .param("name", source.name())
            .param("count", source.count())
            .param("lastSuccess", source.lastSuccess() == null ? null : source.lastSuccess().toEpochMilli())
            .param("lastAttempt", source.lastAttempt() == null ? null : source.lastAttempt().toEpochMilli())
            .param("lastError", source.lastError())
            .param("stale", source.stale())
            .update();
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM product").update();
        jdbc.sql("DELETE FROM source_status").update();
        jdbc.sql("DELETE FROM snapshot").update();
    }

}
