package com.inventorytracker.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with its embedded simulator, as a warehouse
 * worker's browser meets it. Every browser test class carries the same settings, so they
 * all share one running application.
 * <p>
 * The refresh job runs on its schedule (so the pages show a real next refresh and count
 * down to it), but with a long interval: tests make refreshes land when they choose
 * through {@link RunningTracker}, and no scheduled run reloads a page under a test that
 * is clicking. The simulator is fast and never fails unless a test makes it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "inventory.refresh.scheduler-enabled=true", "inventory.refresh.interval=30m",
				"inventory.simulator.seed=42", "inventory.simulator.latency=20ms", "inventory.simulator.failure-rate=0",
				// a forced failure gives up after six quick tries instead of back-off
				// waits of up to five seconds
				"inventory.upstream.backoff-max-delay=500ms",
				// pages ask for a new snapshot every second instead of every ten, so
				// waiting for a reload takes a moment
				"inventory.refresh.page-poll=1s" })
@Import(RunningTracker.class)
@interface TrackerE2ETest {

}
