package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.SourceStatus.SourceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.inventorytracker.catalog.ProductRepository.instant;

/**
 * What the committed snapshot holds, as far as a run needs it to keep data that this run could not fetch. Only
 * read for the sources that failed, which in a good run is none.
 */
@Repository
class PreviousSnapshot {

    private final JdbcClient jdbc;

    private final ProductRepository products;

    PreviousSnapshot(JdbcClient jdbc, ProductRepository products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    boolean exists() {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE id = 1").query(Integer.class).single() > 0;
    }

    List<Product> products(Category category) {
        return products.all(category);
    }

    List<String> manufacturers(Category category) {
        return jdbc.sql("SELECT DISTINCT manufacturer FROM product WHERE category = :category")
            .param("category", category.slug())
            .query(String.class)
            .list();
    }

    /** The stored availability of every product of these manufacturers, by category and id. */
    Map<ProductKey, Checked> availability(Collection<String> manufacturers) {
        Map<ProductKey, Checked> availability = new HashMap<>();
        if (manufacturers.isEmpty()) {
            return availability;
        }
        jdbc.sql("""
                SELECT category, id, availability, availability_checked_at
                FROM product
                WHERE manufacturer IN (:manufacturers)
                """)
            .param("manufacturers", manufacturers)
            .query(rs -> {
                availability.put(new ProductKey(rs.getString("category"), rs.getString("id")),
                        new Checked(Availability.fromUpstream(rs.getString("availability")),
                                instant(rs, "availability_checked_at")));
            });
        return availability;
    }

    /** The stored health of every source, categories first, each kind by name: the one mapping of its rows. */
    List<SourceStatus> sources() {
        return jdbc.sql("""
                SELECT kind, name, item_count, last_success, last_attempt, last_error, stale
                FROM source_status
                ORDER BY kind, name
                """)
            .query((rs, row) -> new SourceStatus(
                    SourceKind.valueOf(rs.getString("kind")),
                    rs.getString("name"),
                    rs.getInt("item_count"),
                    instant(rs, "last_success"),
                    instant(rs, "last_attempt"),
                    rs.getString("last_error"),
                    rs.getBoolean("stale")))
            .list();
    }

    record ProductKey(String category, String id) {
    }

    record SourceKey(SourceKind kind, String name) {
    }

    /** An availability and when it was last confirmed (null: never). */
    record Checked(Availability availability, Instant at) {
    }

}
