package com.inventorytracker.refresh;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that wait on the legacy API: bounded, named {@code upstream-N}, idle ones let go between runs, all
 * interrupted when the application stops. Deliberately not an {@code Executor} bean, which would replace Spring
 * Boot's own task executor.
 */
@Component
class UpstreamExecutor implements DisposableBean {

    /** Three categories plus the six to eight manufacturers seen so far, all at once. */
    static final int THREADS = 12;

    private final ExecutorService executor;

    UpstreamExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "upstream-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    /** A group of requests that one run can cancel together. */
    FetchBatch newBatch() {
        return new FetchBatch(executor);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

}
