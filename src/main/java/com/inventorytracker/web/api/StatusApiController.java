package com.inventorytracker.web.api;

import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The snapshot and refresh status as JSON, for monitors that poll it. */
@RestController
class StatusApiController {

    // A status body is about a kilobyte; this keeps the last few, enough for polls between two changes
    private static final long CACHE_BYTES = 64L * 1024;

    private final RefreshStatusService status;

    private final JsonMapper json;

    private final RenderedBodyCache<RefreshStatus> bodies = new RenderedBodyCache<>(CACHE_BYTES);

    StatusApiController(RefreshStatusService status, JsonMapper json) {
        this.status = status;
        this.json = json;
    }

    /** Its ETag is a hash of the body: it changes with {@code refreshing} and {@code nextRefreshAt} too. */
    @GetMapping(path = "/api/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> status(WebRequest request) {
        RenderedBody body = bodies.get(status.current(),
                current -> RenderedBody.withContentETag(json.writeValueAsBytes(StatusResponse.of(current))));
        return body.toResponse(request, MediaType.APPLICATION_JSON);
    }

}
