package com.inventorytracker.refresh;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.upstream.ManufacturerAvailability;
import com.inventorytracker.upstream.UpstreamClient;
import com.inventorytracker.upstream.UpstreamException;
import com.inventorytracker.upstream.UpstreamProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch phase of one run. The three categories are requested at once; each manufacturer's availability, the
 * slow part, is requested the moment the first category naming it arrives, so the slowest availability list starts
 * as early as possible. Manufacturers of a category that failed are taken from the previous snapshot. Whatever has
 * not answered by the deadline counts as failed and is cancelled.
 */
final class UpstreamFetch {

    private static final Logger log = LoggerFactory.getLogger(UpstreamFetch.class);

    private final UpstreamClient client;

    private final FetchBatch batch;

    private final Clock clock;

    private final Map<Category, CompletableFuture<SourceResult<List<UpstreamProduct>>>> categories =
            new EnumMap<>(Category.class);

    private final Map<String, CompletableFuture<SourceResult<ManufacturerAvailability>>> manufacturers =
            new ConcurrentHashMap<>();

    UpstreamFetch(UpstreamClient client, FetchBatch batch, Clock clock) {
        this.client = client;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Fetches everything, waiting at most until {@code deadlineNanos} (on the {@link System#nanoTime()} scale).
     *
     * @param previousManufacturers the manufacturers a category had in the previous snapshot
     * @throws InterruptedException when the application stops meanwhile
     */
    FetchResult fetch(long deadlineNanos, Duration deadline,
            Function<Category, Collection<String>> previousManufacturers) throws InterruptedException {
        List<CompletableFuture<Void>> discoveries = new ArrayList<>();
        for (Category category : Category.values()) {
            var products = start(() -> client.products(category));
            categories.put(category, products);
            discoveries.add(products.thenAccept(this::startAvailabilities));
        }
        awaitAll(discoveries, deadlineNanos);
        String late = "no answer before the refresh deadline of " + RefreshService.format(deadline);
        for (Category category : Category.values()) {
            // once cancelled, the run is abandoned: no need to look into the previous snapshot
            if (!resultOf(categories.get(category), late).succeeded() && !batch.isCancelled()) {
                previousManufacturers.apply(category).forEach(this::startAvailability);
            }
        }
        awaitAll(manufacturers.values(), deadlineNanos);
        Map<Category, SourceResult<List<UpstreamProduct>>> categoryResults = new EnumMap<>(Category.class);
        categories.forEach((category, future) -> categoryResults.put(category, resultOf(future, late)));
        Map<String, SourceResult<ManufacturerAvailability>> manufacturerResults = new HashMap<>();
        manufacturers.forEach((manufacturer, future) -> manufacturerResults.put(manufacturer, resultOf(future, late)));
        return new FetchResult(categoryResults, manufacturerResults);
    }

    private void startAvailabilities(SourceResult<List<UpstreamProduct>> products) {
        if (products.succeeded()) {
            products.value().stream().map(UpstreamProduct::manufacturer).distinct().forEach(this::startAvailability);
        }
    }

    private void startAvailability(String manufacturer) {
        manufacturers.computeIfAbsent(manufacturer, name -> start(() -> client.availability(name)));
    }

    private <T> CompletableFuture<SourceResult<T>> start(Supplier<T> request) {
        return batch.supply(() -> request(request)).exceptionally(UpstreamFetch::unexpected);
    }

    private <T> SourceResult<T> request(Supplier<T> request) {
        try {
            return SourceResult.success(request.get(), clock.instant());
        }
        catch (UpstreamException ex) {
            return SourceResult.failure(ex.reason());
        }
    }

    private static <T> SourceResult<T> unexpected(Throwable ex) {
        Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
        if (cause instanceof FetchBatch.CancelledException) {
            return SourceResult.failure("cancelled");
        }
        log.error("Unexpected failure of an upstream request", cause);
        return SourceResult.failure(cause.toString());
    }

    /** The source's result; one still running now gets {@code late} as its failure (the first completion wins). */
    private static <T> SourceResult<T> resultOf(CompletableFuture<SourceResult<T>> future, String late) {
        future.complete(SourceResult.failure(late));
        return future.join();
    }

    private static void awaitAll(Collection<? extends CompletableFuture<?>> futures, long deadlineNanos)
            throws InterruptedException {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(remaining, TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException | ExecutionException ex) {
            // each source's own result says what happened to it
        }
    }

}
