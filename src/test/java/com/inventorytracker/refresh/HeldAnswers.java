package com.inventorytracker.refresh;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock extension that holds the answers of the stubs naming it until the test lets
 * them go, so that a test knows for certain that a run is in flight, without sleeping.
 * Stubs use it with {@code .withTransformers(HeldAnswers.NAME)}.
 */
final class HeldAnswers implements ResponseDefinitionTransformerV2 {

	static final String NAME = "held-answers";

	/** Long enough for any slow machine; only reached when a test forgets to release. */
	private static final long SAFETY_SECONDS = 30;

	private volatile CountDownLatch arrived = new CountDownLatch(1);

	private volatile CountDownLatch released = new CountDownLatch(1);

	private final AtomicInteger arrivals = new AtomicInteger();

	/** Arms the holder for a new test. */
	void reset() {
		released.countDown();
		arrivals.set(0);
		arrived = new CountDownLatch(1);
		released = new CountDownLatch(1);
	}

	/** Waits until a held request has arrived. */
	void awaitArrival() throws InterruptedException {
		if (!arrived.await(SAFETY_SECONDS, TimeUnit.SECONDS)) {
			throw new IllegalStateException("No held request arrived");
		}
	}

	void release() {
		released.countDown();
	}

	/**
	 * How many requests were held since the last reset. WireMock journals a request only
	 * once it is answered, so a request cut off while held is counted here rather than by
	 * {@code verify}.
	 */
	int arrivals() {
		return arrivals.get();
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		CountDownLatch release = released;
		arrivals.incrementAndGet();
		arrived.countDown();
		try {
			release.await(SAFETY_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return serveEvent.getResponseDefinition();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
