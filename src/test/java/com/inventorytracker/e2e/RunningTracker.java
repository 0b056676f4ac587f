package com.inventorytracker.e2e;

import java.time.Duration;

import com.inventorytracker.refresh.RefreshService;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.simulator.SimulatorFaults;

import org.springframework.boot.test.context.TestComponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application's side of a browser test: its snapshot, refreshes on demand, and the
 * simulator's faults.
 */
@TestComponent
class RunningTracker {

	/**
	 * The first run fetches and writes the whole warehouse; allow for a slow, busy
	 * machine.
	 */
	private static final Duration FIRST_SNAPSHOT = Duration.ofSeconds(120);

	private static final Duration REFRESH = Duration.ofSeconds(60);

	private final RefreshService refreshService;

	private final RefreshStatusService status;

	private final SimulatorFaults faults;

	RunningTracker(RefreshService refreshService, RefreshStatusService status, SimulatorFaults faults) {
		this.refreshService = refreshService;
		this.status = status;
		this.faults = faults;
	}

	/**
	 * Waits for the run that starts with the application to have written the first
	 * snapshot and finished, so that pages show the data and the time of the next
	 * scheduled run.
	 */
	void awaitFirstSnapshot() {
		await("the first snapshot").atMost(FIRST_SNAPSHOT)
			.pollInterval(Duration.ofMillis(200))
			.pollInSameThread()
			.until(this::firstRunDone);
	}

	private boolean firstRunDone() {
		RefreshStatus current = this.status.current();
		return current.hasSnapshot() && !current.refreshing() && current.nextRefreshAt() != null;
	}

	long snapshotVersion() {
		return this.status.current().snapshotVersion();
	}

	RefreshStatus status() {
		return this.status.current();
	}

	/**
	 * Runs a refresh now, on this thread, and returns the snapshot version it wrote. A
	 * run is single-flight: while another one is going this one is skipped, so it asks
	 * again until a run of its own has finished.
	 */
	long refreshNow() {
		long before = snapshotVersion();
		await("a refresh of our own").atMost(REFRESH)
			.pollInterval(Duration.ofMillis(200))
			.pollInSameThread()
			.until(() -> this.refreshService.refresh().isPresent());
		long after = snapshotVersion();
		assertThat(after).as("snapshot version after a refresh").isGreaterThan(before);
		return after;
	}

	/**
	 * From the next request on, every availability request to the simulator fails (or
	 * none does, at 0).
	 */
	void availabilityFailureRate(double rate) {
		this.faults.availabilityFailureRate(rate);
	}

}
