package com.inventorytracker.web;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.inventorytracker.refresh.RefreshStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The one cache of rendered bodies and the one way they are answered: ETag, 304, gzip.
 * Renders are bounded, the rest answered 503, so that a burst of new filters never slows
 * the cached pages; each {@link Preparation} renders the bodies asked for most before a
 * new status becomes visible.
 */
public class RenderedBodies {

	private static final Logger log = LoggerFactory.getLogger(RenderedBodies.class);

	/** Several full copies of the largest category (1.6 MB each) within a 512 MB dyno. */
	static final long MAX_BYTES = 24L * 1024 * 1024;

	/** A render is all CPU (SQLite, the template, gzip). */
	static final int RENDERS_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

	/** At tens of milliseconds a render, the last waits a few tenths of a second. */
	static final int RENDERS_WAITING = 16;

	/** For when renders are slow (a busy machine): then 503 rather than a hang. */
	static final long WAIT_MILLIS = 3000;

	private final AsyncCache<BodyKey, Entry> bodies = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((BodyKey key, Entry entry) -> entry.body().weight())
		.buildAsync();

	private final Semaphore turns;

	private final int maxWaiting;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong renders = new AtomicLong();

	private final ObjectProvider<Preparation> preparations;

	private volatile RefreshStatus lastPrepared;

	/** The snapshot readers are served until the status being prepared is visible. */
	private volatile long visibleVersion;

	/** Preparations are null outside a web application, where no page is served. */
	RenderedBodies(ObjectProvider<Preparation> preparations, int rendersAtOnce, int rendersWaiting) {
		this.preparations = preparations;
		this.turns = new Semaphore(rendersAtOnce, true);
		this.maxWaiting = rendersWaiting;
	}

	@Configuration(proxyBeanMethods = false)
	static class Bounds {

		@Bean
		RenderedBodies renderedBodies(ObjectProvider<Preparation> preparations, ApplicationContext context) {
			return new RenderedBodies(context instanceof WebApplicationContext ? preparations : null, RENDERS_AT_ONCE,
					RENDERS_WAITING);
		}

	}

	/** Names the bodies asked for most for a refresh status, and how each renders. */
	public interface Preparation {

		void prepare(RefreshStatus status, BiConsumer<BodyKey, Supplier<RenderedBody>> body);

	}

	/** Before the status is visible; no turn, so it never waits behind new filters. */
	@EventListener
	void statusChanged(RefreshStatus status) {
		if (preparations == null) {
			return;
		}
		long visible = visibleVersion;
		try {
			preparations.orderedStream()
				.forEach(preparation -> preparation.prepare(status, (key, render) -> get(key, render, false)));
			lastPrepared = status;
		}
		catch (RuntimeException ex) {
			// The same render runs again for the first visitor, who then gets its error
			log.warn("Could not prepare the bodies of snapshot {}: {}", status.snapshotVersion(), ex.toString());
		}
		// Readers keep the visible snapshot's bodies until this status shows; older ones
		// are never asked for again
		visibleVersion = status.snapshotVersion();
		bodies.asMap().keySet().removeIf(key -> key.snapshotVersion() < visible);
	}

	/** Answers 304 when the client holds the key's ETag, before any render. */
	public void serve(BodyKey key, Supplier<RenderedBody> render, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		write(key, () -> get(key, render, true), request, response);
	}

	/** The status every open page polls renders in microseconds: it takes no turn. */
	public void serveSmall(BodyKey key, Supplier<RenderedBody> render, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		write(key, () -> get(key, render, false), request, response);
	}

	/** The cached body, rendered now on a miss (once, however many ask at once). */
	RenderedBody get(BodyKey key, Supplier<RenderedBody> render) {
		return get(key, render, true);
	}

	private void write(BodyKey key, Supplier<RenderedBody> cached, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		ServletWebRequest request = new ServletWebRequest(servletRequest, response);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		// A ready body's ETag is worked out once, not per request
		CompletableFuture<Entry> entry = bodies.getIfPresent(key);
		Entry ready = entry != null && entry.isDone() && !entry.isCompletedExceptionally() ? entry.join() : null;
		if (request.checkNotModified(ready != null ? ready.etag() : key.etag())) {
			return;
		}
		RenderedBody body = ready != null ? ready.body() : cached.get();
		boolean gzip = allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		byte[] bytes = gzip ? body.gzipped() : body.raw();
		response.setContentType(body.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private RenderedBody get(BodyKey key, Supplier<RenderedBody> render, boolean bounded) {
		CompletableFuture<Entry> mine = new CompletableFuture<>();
		CompletableFuture<Entry> existing = bodies.asMap().putIfAbsent(key, mine);
		if (existing != null) {
			return join(existing).body();
		}
		try {
			boolean turn = bounded && awaitTurn();
			try {
				renders.incrementAndGet();
				mine.complete(new Entry(render.get(), key.etag()));
			}
			finally {
				if (turn) {
					turns.release();
				}
			}
		}
		catch (RuntimeException | Error ex) {
			bodies.asMap().remove(key, mine);
			mine.completeExceptionally(ex);
		}
		return join(mine).body();
	}

	boolean holds(BodyKey key) {
		return bodies.getIfPresent(key) != null;
	}

	long renderCount() {
		return renders.get();
	}

	RefreshStatus lastPrepared() {
		return lastPrepared;
	}

	int waitingRenders() {
		return waiting.get();
	}

	private boolean awaitTurn() {
		if (turns.tryAcquire()) {
			return true;
		}
		try {
			if (waiting.incrementAndGet() <= maxWaiting && turns.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			waiting.decrementAndGet();
		}
		throw new RendersBusyException();
	}

	/** RFC 9110 12.5.3: q=0 refuses, * covers codings not named, none is identity. */
	static boolean allowsGzip(String header) {
		double gzip = -1;
		double any = -1;
		for (String entry : header == null ? new String[0] : header.split(",")) {
			String[] parts = entry.split(";");
			String coding = parts[0].trim().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = quality(parts);
			}
			else if (coding.equals("*")) {
				any = quality(parts);
			}
		}
		return (gzip >= 0 ? gzip : any) > 0;
	}

	/** 1 when absent; an unreadable one refuses. */
	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Math.max(0, Double.parseDouble(parameter.substring(2).trim()));
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	private static Entry join(CompletableFuture<Entry> body) {
		try {
			return body.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private record Entry(RenderedBody body, String etag) {
	}

}
