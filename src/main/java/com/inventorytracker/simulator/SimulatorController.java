package com.inventorytracker.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.inventorytracker.catalog.Category;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Answers after the latency without holding a servlet thread. Spring answers a matching
 * ETag with 304; the built-in failure has none, so no client caches it as good.
 */
@RestController
@ConditionalOnExpression(SimulatorController.ENABLED)
@RequestMapping("/bad-api")
class SimulatorController {

	/**
	 * Unless switched, on while no upstream is set: a fresh clone reads its own
	 * simulator, a deployment pointed at a real instance exposes no fake one.
	 */
	static final String ENABLED = "'${inventory.simulator.enabled:}'.isBlank() ? '${inventory.upstream.base-url:}'"
			+ ".isBlank() : '${inventory.simulator.enabled:}'.trim().equalsIgnoreCase('true')";

	static final String ERROR_MODES_HEADER = "X-Error-Modes-Active";

	static final String FAILURE_BODY = "{\"code\":200,\"response\":\"[]\"}";

	private static final ResponseEntity<byte[]> FAILURE = ResponseEntity.ok()
		.contentType(Warehouse.JSON)
		.header(ERROR_MODES_HEADER, "availability-empty")
		.body(FAILURE_BODY.getBytes(StandardCharsets.UTF_8));

	private static final ResponseEntity<byte[]> NOT_FOUND = ResponseEntity.status(HttpStatus.NOT_FOUND)
		.contentType(MediaType.TEXT_PLAIN)
		.body("Not Found".getBytes(StandardCharsets.US_ASCII));

	private final Warehouse warehouse;

	private final SimulatorFaults faults;

	private final long latencyMillis;

	SimulatorController(SimulatorProperties properties, SimulatorFaults faults, Clock clock) {
		this.warehouse = new Warehouse(properties.seedOrRandom(), clock, properties.replacePeriod(),
				properties.driftPeriod());
		this.faults = faults;
		this.latencyMillis = properties.latency().toMillis();
		// start-up does not wait for the first catalogue
		CompletableFuture.runAsync(() -> warehouse.products(Category.GLOVES));
	}

	@GetMapping("/v2/products/{category}")
	DeferredResult<ResponseEntity<byte[]>> products(@PathVariable String category) {
		return after(latencyMillis / 3, 0.5, Category.fromSlug(category).map(warehouse::products).orElse(NOT_FOUND));
	}

	@GetMapping("/v2/availability/{manufacturer}")
	DeferredResult<ResponseEntity<byte[]>> availability(@PathVariable String manufacturer,
			@RequestHeader(name = "x-force-error-mode", required = false) String forcedErrorMode) {
		boolean fail = "all".equalsIgnoreCase(forcedErrorMode) || faults.roll();
		return after(latencyMillis, 0.25, fail ? FAILURE : warehouse.availability(manufacturer));
	}

	@RequestMapping("/**")
	ResponseEntity<byte[]> unknownPath() {
		return NOT_FOUND;
	}

	/** {@code spread}: the share of {@code millis} the delay varies by. */
	private static <T> DeferredResult<T> after(long millis, double spread, T answer) {
		long delay = (millis <= 0) ? 0
				: Math.round(millis * ThreadLocalRandom.current().nextDouble(1 - spread, 1 + spread));
		// room on top of the delay, so that a long latency still answers
		DeferredResult<T> result = new DeferredResult<>(delay + 30_000);
		Executor executor = (delay == 0) ? Runnable::run
				: CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS);
		executor.execute(() -> result.setResult(answer));
		return result;
	}

}
