package com.inventorytracker.simulator;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.simulator.Warehouse.Body;

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
 * The legacy API's two endpoints under {@code /bad-api}, as the original answered them,
 * after the simulated latency (availability the full latency, products a third of it,
 * each with some jitter), held without holding a servlet thread.
 * <p>
 * Good answers carry an ETag, and Spring answers a matching {@code If-None-Match} with
 * 304 for a 200 entity that has one. The built-in failure is decided first and carries no
 * ETag, so it is never answered 304 and a client cannot cache it as good.
 */
@RestController
@ConditionalOnExpression(SimulatorConfiguration.ENABLED)
@RequestMapping("/bad-api")
class SimulatorController {

	static final String FORCE_ERROR_HEADER = "x-force-error-mode";

	static final String ERROR_MODES_HEADER = "X-Error-Modes-Active";

	static final String FAILURE_BODY = "{\"code\":200,\"response\":\"[]\"}";

	private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	/**
	 * Room on top of the delay before the async request times out, so a long simulated
	 * latency still answers.
	 */
	private static final long TIMEOUT_MARGIN_MILLIS = 30_000;

	private final Warehouse warehouse;

	private final SimulatorFaults faults;

	private final long latencyMillis;

	SimulatorController(Warehouse warehouse, SimulatorFaults faults, SimulatorProperties properties) {
		this.warehouse = warehouse;
		this.faults = faults;
		this.latencyMillis = properties.latency().toMillis();
	}

	@GetMapping("/v2/products/{category}")
	DeferredResult<ResponseEntity<byte[]>> products(@PathVariable String category) {
		ResponseEntity<byte[]> answer = Category.fromSlug(category)
			.map(warehouse::products)
			.map(SimulatorController::ok)
			.orElseGet(SimulatorController::notFound);
		return after(jittered(latencyMillis / 3, 0.5), answer);
	}

	/**
	 * An unknown manufacturer gets a good envelope with no rows: how the original
	 * answered one is not on record, and an empty list is the answer a client can take
	 * without special cases.
	 */
	@GetMapping("/v2/availability/{manufacturer}")
	DeferredResult<ResponseEntity<byte[]>> availability(@PathVariable String manufacturer,
			@RequestHeader(name = FORCE_ERROR_HEADER, required = false) String forcedErrorMode) {
		boolean fails = "all".equalsIgnoreCase(forcedErrorMode) || faults.roll();
		return after(jittered(latencyMillis, 0.25), fails ? failure() : ok(warehouse.availability(manufacturer)));
	}

	@RequestMapping("/**")
	ResponseEntity<byte[]> unknownPath() {
		return notFound();
	}

	private static long jittered(long millis, double spread) {
		return (millis <= 0) ? 0 : Math.round(millis * ThreadLocalRandom.current().nextDouble(1 - spread, 1 + spread));
	}

	private static <T> DeferredResult<T> after(long millis, T answer) {
		DeferredResult<T> result = new DeferredResult<>(millis + TIMEOUT_MARGIN_MILLIS);
		if (millis == 0) {
			result.setResult(answer);
		}
		else {
			CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(() -> result.setResult(answer));
		}
		return result;
	}

	private static ResponseEntity<byte[]> ok(Body body) {
		return ResponseEntity.ok().contentType(JSON).eTag(body.etag()).body(body.bytes());
	}

	private static ResponseEntity<byte[]> failure() {
		return ResponseEntity.ok()
			.contentType(JSON)
			.header(ERROR_MODES_HEADER, "availability-empty")
			.body(FAILURE_BODY.getBytes(StandardCharsets.UTF_8));
	}

	private static ResponseEntity<byte[]> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.TEXT_PLAIN)
			.body("Not Found".getBytes(StandardCharsets.US_ASCII));
	}

}
