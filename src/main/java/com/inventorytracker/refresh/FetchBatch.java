package com.inventorytracker.refresh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * The requests of one refresh run. {@link CompletableFuture#cancel} does not interrupt a running task, so each task
 * keeps its {@link Future} here: {@link #cancelAll()} interrupts the HTTP calls and back-off waits in flight, and
 * nothing can be started afterwards.
 */
final class FetchBatch {

    private final ExecutorService executor;

    private final List<Future<?>> started = new ArrayList<>();

    private boolean cancelled;

    FetchBatch(ExecutorService executor) {
        this.executor = executor;
    }

    synchronized <T> CompletableFuture<T> supply(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (cancelled) {
            result.completeExceptionally(new CancelledException());
            return result;
        }
        try {
            started.add(executor.submit(() -> complete(result, task)));
        }
        catch (RejectedExecutionException ex) {
            result.completeExceptionally(new CancelledException());
        }
        return result;
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    synchronized void cancelAll() {
        cancelled = true;
        started.forEach(future -> future.cancel(true));
    }

    private static <T> void complete(CompletableFuture<T> result, Callable<T> task) {
        try {
            result.complete(task.call());
        }
        catch (Throwable ex) {
            result.completeExceptionally(ex);
        }
    }

    /** A request that never started because its run was being cancelled or the application stopping. */
    static final class CancelledException extends RuntimeException {

        CancelledException() {
            super("cancelled", null, false, false);
        }

    }

}
