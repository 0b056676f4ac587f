package com.inventorytracker.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import com.inventorytracker.catalog.Category;

/**
 * The legacy API's two endpoints under {@code /bad-api}, as the original answered them.
 * <p>
 * Good answers carry an ETag, and Spring answers a matching {@code If-None-Match} with 304 for a 200 entity that
 * has one. The built-in failure is decided first and carries no ETag, so it is never answered 304 and a client
 * cannot cache it as good.
 */
@RestController
@ConditionalOnSimulatorEnabled
@RequestMapping("/bad-api")
class SimulatorController {

    static final String FORCE_ERROR_HEADER = "x-force-error-mode";

    static final String ERROR_MODES_HEADER = "X-Error-Modes-Active";

    static final String FAILURE_BODY = "{\"code\":200,\"response\":\"[]\"}";

    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final Warehouse warehouse;

    private final FailureDice failureDice;

    private final ResponseDelay delay;

    SimulatorController(Warehouse warehouse, FailureDice failureDice, ResponseDelay delay) {
        this.warehouse = warehouse;
        this.failureDice = failureDice;
        this.delay = delay;
    }

    @GetMapping("/v2/products/{category}")
    DeferredResult<ResponseEntity<byte[]>> products(@PathVariable String category) {
        Optional<Category> known = Category.fromSlug(category);
        return this.delay.product(known.map(this.warehouse::products).map(SimulatorController::ok)
            .orElseGet(SimulatorController::notFound));
    }

    /**
     * An unknown manufacturer gets a good envelope with no rows: how the original answered one is not on record,
     * and an empty list is the answer a client can take without special cases.
     */
    @GetMapping("/v2/availability/{manufacturer}")
    DeferredResult<ResponseEntity<byte[]>> availability(@PathVariable String manufacturer,
            @RequestHeader(name = FORCE_ERROR_HEADER, required = false) String forcedErrorMode) {
        boolean fails = "all".equalsIgnoreCase(forcedErrorMode) || this.failureDice.roll();
        return this.delay.availability(fails ? failure() : ok(this.warehouse.availability(manufacturer)));
    }

    @RequestMapping("/**")
    ResponseEntity<byte[]> unknownPath() {
        return notFound();
    }

    private static ResponseEntity<byte[]> ok(JsonBody body) {
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
