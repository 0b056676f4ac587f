package com.inventorytracker.refresh;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.inventorytracker.catalog.Product;
import com.inventorytracker.catalog.ProductRepository;

import org.springframework.jdbc.core.namedparam.AbstractSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits a run in one transaction: wipe and rewrite the products, bump the snapshot version, record the
 * source health. Readers keep seeing the previous snapshot until the commit (SQLite's WAL, PostgreSQL's MVCC), so no reader ever sees an
 * empty or half-written category.
 */
@Repository
class SnapshotWriter {

    private static final String INSERT_PRODUCT = """
            INSERT INTO product (category, id, name, search_name, colors, price, manufacturer,
                                 availability, availability_rank, availability_checked_at,
                                 previous_availability, availability_changed_at)
            VALUES (:category, :id, :name, :searchName, :colors, :price, :manufacturer,
                    :availability, :availabilityRank, :availabilityCheckedAt,
                    :previousAvailability, :availabilityChangedAt)
            """;

    private final JdbcClient jdbc;

    private final NamedParameterJdbcTemplate batch;

    private final TransactionTemplate transaction;

    private final InstanceName instance;

    SnapshotWriter(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactionManager,
            InstanceName instance) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactionManager);
        this.instance = instance;
    }

    /** Replaces the snapshot; returns its new version. */
    long write(NewSnapshot snapshot, Instant refreshedAt) {
        Long version = transaction.execute(status -> {
            jdbc.sql("DELETE FROM product").update();
            batch.batchUpdate(INSERT_PRODUCT, snapshot.products().stream()
                .map(ProductParameters::new)
                .toArray(SqlParameterSource[]::new));
            jdbc.sql("""
                    INSERT INTO snapshot (id, version, refreshed_at, refreshed_by) VALUES (1, 1, :refreshedAt, :by)
                    ON CONFLICT (id) DO UPDATE SET version = snapshot.version + 1, refreshed_at = excluded.refreshed_at,
                        refreshed_by = excluded.refreshed_by
                    """)
                .param("refreshedAt", refreshedAt.toEpochMilli())
                .param("by", instance.get())
                .update();
            replaceSources(snapshot.sources());
            return jdbc.sql("SELECT version FROM snapshot WHERE id = 1").query(Long.class).single();
        });
        return version == null ? 0 : version;
    }

    /** Records the source health only, for a run that brought nothing new: the snapshot stays as it is. */
    void writeSources(List<SourceStatus> sources) {
        transaction.executeWithoutResult(status -> replaceSources(sources));
    }

    /** Manufacturers come and go with the data set; one that is gone has no health to show any more. */
    private void replaceSources(List<SourceStatus> sources) {
        jdbc.sql("DELETE FROM source_status WHERE kind = :kind")
            .param("kind", SourceStatus.SourceKind.MANUFACTURER.name())
            .update();
        for (SourceStatus source : sources) {
            jdbc.sql("""
                    INSERT INTO source_status (kind, name, item_count, last_success, last_attempt, last_error, stale)
                    VALUES (:kind, :name, :count, :lastSuccess, :lastAttempt, :lastError, :stale)
                    ON CONFLICT (kind, name) DO UPDATE SET
                        item_count = excluded.item_count,
                        last_success = excluded.last_success,
                        last_attempt = excluded.last_attempt,
                        last_error = excluded.last_error,
                        stale = excluded.stale
                    """)
                .param("kind", source.kind().name())
                .param("name", source.name())
                .param("count", source.count())
                .param("lastSuccess", epochMillis(source.lastSuccess()), Types.BIGINT)
                .param("lastAttempt", epochMillis(source.lastAttempt()), Types.BIGINT)
                .param("lastError", source.lastError(), Types.VARCHAR)
                .param("stale", source.stale() ? 1 : 0)
                .update();
        }
    }

    private static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /** The row's columns without reflection or a map per row: 19,000 of them go by in one batch. */
    private static final class ProductParameters extends AbstractSqlParameterSource {

        private final Product product;

        ProductParameters(Product product) {
            this.product = product;
        }

        @Override
        public boolean hasValue(String name) {
            return true;
        }

        @Override
        public Object getValue(String name) {
            return switch (name) {
                case "category" -> product.category().slug();
                case "id" -> product.id();
                case "name" -> product.name();
                case "searchName" -> product.name().toLowerCase(Locale.ROOT);
                case "colors" -> ProductRepository.joinColors(product.colors());
                case "price" -> product.price();
                case "manufacturer" -> product.manufacturer();
                case "availability" -> product.availability().name();
                case "availabilityRank" -> product.availability().rank();
                case "availabilityCheckedAt" -> epochMillis(product.availabilityCheckedAt());
                case "previousAvailability" -> product.previousAvailability() == null ? null
                        : product.previousAvailability().name();
                case "availabilityChangedAt" -> epochMillis(product.availabilityChangedAt());
                default -> throw new IllegalArgumentException("No product parameter " + name);
            };
        }

        @Override
        public int getSqlType(String name) {
            return switch (name) {
                case "price", "availabilityRank" -> Types.INTEGER;
                case "availabilityCheckedAt", "availabilityChangedAt" -> Types.BIGINT;
                default -> Types.VARCHAR;
            };
        }

    }

}
