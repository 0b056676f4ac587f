package com.inventorytracker.simulator;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.springframework.web.context.request.async.DeferredResult;

/**
 * Holds answers back for the simulated latency without holding a servlet thread: the answer is handed to an
 * async request and completed by one scheduler thread. Availability takes the full latency and products a
 * third of it, each with some jitter, as the original's availability was the slow part.
 */
final class ResponseDelay implements AutoCloseable {

    /** Room on top of the delay before the async request times out, so a long simulated latency still answers. */
    private static final long TIMEOUT_MARGIN_MILLIS = 30_000;

    private final long latencyMillis;

    private final ScheduledExecutorService scheduler;

    ResponseDelay(Duration latency) {
        this.latencyMillis = latency.toMillis();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "simulator-latency");
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> DeferredResult<T> product(T answer) {
        return after(jittered(this.latencyMillis / 3, 0.5), answer);
    }

    <T> DeferredResult<T> availability(T answer) {
        return after(jittered(this.latencyMillis, 0.25), answer);
    }

    private static long jittered(long millis, double spread) {
        return (millis <= 0) ? 0 : Math.round(millis * ThreadLocalRandom.current().nextDouble(1 - spread, 1 + spread));
    }

    private <T> DeferredResult<T> after(long millis, T answer) {
        DeferredResult<T> result = new DeferredResult<>(millis + TIMEOUT_MARGIN_MILLIS);
        if (millis == 0) {
            result.setResult(answer);
        }
        else {
            this.scheduler.schedule(() -> result.setResult(answer), millis, TimeUnit.MILLISECONDS);
        }
        return result;
    }

    @Override
    public void close() {
        this.scheduler.shutdownNow();
    }

}
