package com.inventorytracker.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.TestSnapshots;
import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies rendered when a snapshot lands, and one validator scheme on every route, over
 * real HTTP.
 */
@InventoryWebTest
class PreparedBodiesTests {

	private static final List<String> ROUTES = List.of("/", "/gloves", "/facemasks", "/beanies",
			"/gloves?sort=-price&availability=INSTOCK", "/api/products/gloves", "/api/products/gloves?sort=price",
			"/api/products/gloves.csv", "/api/status");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestSnapshots snapshots;

	@Autowired
	RefreshStatusService status;

	@Autowired
	RenderedBodies bodies;

	@Autowired
	ApplicationEventMulticaster events;

	@Test
	void aLandedSnapshotsMostAskedBodiesAreServedWithoutARender() throws Exception {
		snapshots.write(PageFixtures.REFRESHED_AT, PageFixtures.ALL);
		// prepared before it became visible: no wait
		assertThat(bodies.lastPrepared()).isEqualTo(status.current());
		long renders = bodies.renderCount();

		for (String route : List.of("/", "/gloves", "/facemasks", "/beanies", "/api/products/gloves",
				"/api/products/facemasks", "/api/products/beanies", "/api/status")) {
			HttpResponse<String> answer = get(route, null, "gzip");
			assertThat(answer.statusCode()).as(route).isEqualTo(200);
		}

		assertThat(bodies.renderCount()).as("renders for the most-asked bodies").isEqualTo(renders);
		assertThat(get("/gloves", null, null).body()).contains("data-product-id=\"" + PageFixtures.KOLHEMAK.id());
		assertThat(get("/gloves?sort=price", null, null).statusCode()).isEqualTo(200);
		assertThat(bodies.renderCount()).as("a new sort is rendered").isEqualTo(renders + 1);
	}

	@Test
	void whileANewSnapshotIsPreparedReadersAreServedTheOneBefore() throws Exception {
		long before = snapshots.write(PageFixtures.REFRESHED_AT, PageFixtures.ALL);
		List<String> seen = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<RefreshStatus>> reader = event -> {
			try {
				seen.add(event.getPayload().snapshotVersion() + " while readers get "
						+ get("/gloves", null, null).body().contains("data-snapshot-version=\"" + before + "\""));
			}
			catch (Exception ex) {
				seen.add(ex.toString());
			}
		};
		events.addApplicationListener(reader);
		try {
			long after = snapshots.write(PageFixtures.REFRESHED_AT.plusSeconds(300), PageFixtures.ALL);

			assertThat(seen).containsExactly(after + " while readers get true");
			assertThat(get("/gloves", null, null).body()).contains("data-snapshot-version=\"" + after + "\"");
		}
		finally {
			events.removeApplicationListener(reader);
		}
	}

	@Test
	void everyRouteRevalidatesWithOneWeakETagForBothCodingsAnd304() throws Exception {
		snapshots.write(PageFixtures.REFRESHED_AT, PageFixtures.ALL);

		for (String route : ROUTES) {
			HttpResponse<String> plain = get(route, null, null);
			HttpResponse<String> gzip = get(route, null, "gzip");
			String etag = plain.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> again = get(route, etag, "gzip");

			assertThat(etag).as(route).startsWith("W/\"");
			assertThat(gzip.headers().firstValue("ETag")).as(route).hasValue(etag);
			assertThat(plain.headers().firstValue("Cache-Control")).as(route).hasValue("no-cache");
			assertThat(again.statusCode()).as(route).isEqualTo(304);
			assertThat(again.body()).as(route).isEmpty();
			assertThat(again.headers().firstValue("ETag")).as(route).hasValue(etag);
		}
	}

	@Test
	void aNewSnapshotChangesEveryETag() throws Exception {
		snapshots.write(PageFixtures.REFRESHED_AT, PageFixtures.ALL);
		List<String> before = ROUTES.stream().map(route -> etag(route)).toList();

		snapshots.write(PageFixtures.REFRESHED_AT.plusSeconds(300), PageFixtures.ALL);

		for (int i = 0; i < ROUTES.size(); i++) {
			HttpResponse<String> again = get(ROUTES.get(i), before.get(i), null);
			assertThat(again.statusCode()).as(ROUTES.get(i)).isEqualTo(200);
			assertThat(again.headers().firstValue("ETag")).as(ROUTES.get(i)).isNotEqualTo(before.get(i));
		}
	}

	private String etag(String route) {
		try {
			return get(route, null, null).headers().firstValue("ETag").orElseThrow();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> get(String route, String ifNoneMatch, String acceptEncoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + route));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

}
