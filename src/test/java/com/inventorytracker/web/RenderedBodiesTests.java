package com.inventorytracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.inventorytracker.refresh.RefreshStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The bound on renders, with renders held on latches: one runs, one waits, the next is
 * turned away.
 */
class RenderedBodiesTests {

	private final RenderedBodies bodies = new RenderedBodies(
			new StaticListableBeanFactory().getBeanProvider(RenderedBodies.Preparation.class), 1, 1);

	@Test
	void aRenderBeyondTheRunningAndTheQueuedOnesIsAnsweredBusyAtOnce() throws Exception {
		Held held = holdEveryTurn(bodies);

		assertThatThrownBy(() -> bodies.get(key("third"), () -> text("third")))
			.isInstanceOf(RendersBusyException.class);

		held.release();
		assertThat(bodies.holds(key("third"))).isFalse();
		assertThat(bodies.get(key("third"), () -> text("third")).raw()).asString(StandardCharsets.UTF_8)
			.isEqualTo("third");
	}

	@Test
	void theStatusIsServedWhileEveryTurnIsTakenAndTheQueueIsFull() throws Exception {
		Held held = holdEveryTurn(bodies);
		MockHttpServletResponse response = new MockHttpServletResponse();

		bodies.serveSmall(key("status"), () -> text("{}"), new MockHttpServletRequest(), response);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("{}");
		assertThat(bodies.waitingRenders()).isEqualTo(1);
		held.release();
	}

	@Test
	void aNewStatusIsPreparedWhileEveryTurnIsTakenAndTheQueueIsFull() throws Exception {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		RenderedBodies preparing = new RenderedBodies(beans.getBeanProvider(RenderedBodies.Preparation.class), 1, 1);
		beans.addBean("front page", (RenderedBodies.Preparation) (status, body) -> body.accept(key("front page"),
				() -> text("front page")));
		Held held = holdEveryTurn(preparing);
		RefreshStatus status = new RefreshStatus(1, Instant.parse("2026-11-25T12:00:00Z"), null, false, List.of(),
				List.of(), null, null, null);

		CompletableFuture.runAsync(() -> preparing.statusChanged(status)).get(5, TimeUnit.SECONDS);

		assertThat(preparing.lastPrepared()).isEqualTo(status);
		assertThat(preparing.holds(key("front page"))).isTrue();
		assertThat(preparing.waitingRenders()).as("the reader still queued").isEqualTo(1);
		held.release();
	}

	@Test
	void requestsForOneKeyShareOneRenderAndItsBytesStayCached() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger renders = new AtomicInteger();
		CompletableFuture<RenderedBody> first = CompletableFuture.supplyAsync(() -> bodies.get(key("page"), () -> {
			renders.incrementAndGet();
			return held(release, "page");
		}));
		await().until(() -> bodies.holds(key("page")));
		CompletableFuture<RenderedBody> second = CompletableFuture
			.supplyAsync(() -> bodies.get(key("page"), () -> text("again")));

		release.countDown();

		assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
		assertThat(bodies.get(key("page"), () -> text("again")).raw()).asString(StandardCharsets.UTF_8)
			.isEqualTo("page");
		assertThat(renders).hasValue(1);
		assertThat(bodies.renderCount()).isEqualTo(1);
	}

	@Test
	void theVisibleSnapshotKeepsItsBodiesUntilTheNextStatusShows() {
		bodies.statusChanged(new RefreshStatus(1, Instant.parse("2026-11-25T12:00:00Z"), null, false, List.of(),
				List.of(), null, null, null));
		bodies.get(new BodyKey("page:/gloves", "", 1, null, null), () -> text("old"));
		bodies.get(new BodyKey("page:/gloves", "", 2, null, null), () -> text("new"));

		bodies.statusChanged(new RefreshStatus(2, Instant.parse("2026-11-25T12:05:00Z"), null, false, List.of(),
				List.of(), null, null, null));

		assertThat(bodies.holds(new BodyKey("page:/gloves", "", 1, null, null)))
			.as("still served while snapshot 2 is prepared")
			.isTrue();

		bodies.statusChanged(new RefreshStatus(3, Instant.parse("2026-11-25T12:10:00Z"), null, false, List.of(),
				List.of(), null, null, null));

		assertThat(bodies.holds(new BodyKey("page:/gloves", "", 1, null, null))).isFalse();
		assertThat(bodies.holds(new BodyKey("page:/gloves", "", 2, null, null))).isTrue();
	}

	private static BodyKey key(String route) {
		return new BodyKey("page:/" + route, "", 7, null, null);
	}

	/** One render running on a latch and one queued: every turn taken, the queue full. */
	private static Held holdEveryTurn(RenderedBodies bodies) {
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<RenderedBody> running = CompletableFuture
			.supplyAsync(() -> bodies.get(key("running"), () -> held(release, "running")));
		await().until(() -> bodies.renderCount() == 1);
		CompletableFuture<RenderedBody> queued = CompletableFuture
			.supplyAsync(() -> bodies.get(key("queued"), () -> text("queued")));
		await().until(() -> bodies.waitingRenders() == 1);
		return new Held(release, running, queued);
	}

	private record Held(CountDownLatch latch, CompletableFuture<RenderedBody> running,
			CompletableFuture<RenderedBody> queued) {

		/** Lets the running render finish; both then answer with their own bytes. */
		void release() throws Exception {
			latch.countDown();
			assertThat(running.get(5, TimeUnit.SECONDS).raw()).asString(StandardCharsets.UTF_8).isEqualTo("running");
			assertThat(queued.get(5, TimeUnit.SECONDS).raw()).asString(StandardCharsets.UTF_8).isEqualTo("queued");
		}

	}

	private static RenderedBody held(CountDownLatch release, String body) {
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return text(body);
	}

	private static RenderedBody text(String body) {
		return RenderedBody.of(body.getBytes(StandardCharsets.UTF_8), "text/plain");
	}

}
