package com.inventorytracker.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.inventorytracker.refresh.TestSnapshots;
import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The render bound over real HTTP: with every turn taken and the queue full (renders held
 * on a latch), a new page is the busy page in the layout, a new API answer is problem
 * JSON, both with Retry-After, and the status the pages poll is still answered.
 */
@InventoryWebTest
class RendersBusyHttpTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestSnapshots snapshots;

	@Autowired
	RenderedBodies bodies;

	@Test
	void aRenderBeyondTheQueueIsABusyPageOrProblemWithRetryAfterWhileTheStatusStillAnswers() throws Exception {
		long version = snapshots.write(PageFixtures.REFRESHED_AT, PageFixtures.ALL);
		await().until(() -> bodies.lastPrepared() != null && bodies.lastPrepared().snapshotVersion() == version);
		CountDownLatch release = new CountDownLatch(1);
		int held = RenderedBodies.RENDERS_AT_ONCE + RenderedBodies.RENDERS_WAITING;
		ExecutorService holders = Executors.newFixedThreadPool(held);
		List<Future<RenderedBody>> holding = new ArrayList<>();
		try {
			for (int i = 0; i < held; i++) {
				BodyKey key = new BodyKey("page:/held", "n=" + i, version, PageFixtures.REFRESHED_AT, null);
				holding.add(holders.submit(() -> bodies.get(key, () -> waitFor(release))));
			}
			await().until(() -> bodies.waitingRenders() == RenderedBodies.RENDERS_WAITING);

			HttpResponse<String> page = send("/gloves?sort=price", "text/html");
			HttpResponse<String> api = send("/api/products/gloves?sort=price", "application/json");
			HttpResponse<String> status = send("/api/status", "application/json");

			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue(RendersBusyException.RETRY_AFTER_SECONDS);
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).contains("<h1>Busy for a moment</h1>")
				.contains("Please reload this page in a few seconds.")
				.contains("<a href=\"/beanies\"><span>Beanies</span>")
				.doesNotContain("Exception");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue(RendersBusyException.RETRY_AFTER_SECONDS);
			assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(api.body()).contains("\"status\":503").contains("busy preparing other pages");
			assertThat(status.statusCode()).isEqualTo(200);
			assertThat(status.body()).contains("\"snapshotVersion\":" + version);
		}
		finally {
			release.countDown();
			holders.shutdown();
		}
		for (Future<RenderedBody> body : holding) {
			assertThat(body.get(10, TimeUnit.SECONDS).raw()).isNotEmpty();
		}
		assertThat(send("/gloves?sort=price", "text/html").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> send(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept)
			.GET()
			.build(), BodyHandlers.ofString());
	}

	private static RenderedBody waitFor(CountDownLatch release) {
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return RenderedBody.of(new byte[] { 'x' }, "text/plain");
	}

}
