package com.inventorytracker.web.api;

import java.io.IOException;

import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.web.BodyKey;
import com.inventorytracker.web.RenderedBodies;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The snapshot and refresh status as JSON, for monitors and the pages' script that poll
 * it.
 */
@RestController
class StatusApiController implements RenderedBodies.Preparation {

	private final RefreshStatusService status;

	private final JsonMapper json;

	private final RenderedBodies bodies;

	StatusApiController(RefreshStatusService status, JsonMapper json, RenderedBodies bodies) {
		this.status = status;
		this.json = json;
		this.bodies = bodies;
	}

	/**
	 * Its key is the whole status: the ETag changes with {@code refreshing} and
	 * {@code nextRefreshAt} too.
	 */
	@GetMapping(path = "/api/status", produces = MediaType.APPLICATION_JSON_VALUE)
	void status(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RefreshStatus current = status.current();
		bodies.serveSmall(key(current), MediaType.APPLICATION_JSON_VALUE, () -> render(current), request, response);
	}

	@Override
	public void prepare(RefreshStatus current) {
		bodies.get(key(current), MediaType.APPLICATION_JSON_VALUE, () -> render(current));
	}

	private byte[] render(RefreshStatus current) {
		return json.writeValueAsBytes(StatusResponse.of(current));
	}

	private static BodyKey key(RefreshStatus current) {
		return new BodyKey("json:/api/status", "", current.snapshotVersion(), current.refreshedAt(), current);
	}

}
