package com.inventorytracker.web;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * The one cache of rendered bodies (pages, JSON, CSV), by {@link BodyKey}, and the one
 * way they are answered: an ETag from the key, {@code 304} when it matches, gzip bytes
 * when the client takes them. Each body is rendered and compressed once per snapshot and
 * query.
 * <p>
 * Renders are bounded: a few run at once, a few more wait a moment, and the rest are
 * answered {@code 503} at once ({@link RendersBusyException}), so that a burst of new
 * filters never slows the cached pages for everyone. Concurrent requests for the same key
 * wait for one render.
 * <p>
 * A refresh status is published before it becomes visible, and every {@link Preparation}
 * renders the bodies asked for most for it then, on the publishing thread: the first
 * visitors after a refresh find them ready.
 */
public class RenderedBodies {

	private static final Logger log = LoggerFactory.getLogger(RenderedBodies.class);

	/**
	 * Room for several full copies of the largest category (1.6 MB each, raw and gzip)
	 * and many filtered answers, within a 512 MB dyno: the rows' own cache
	 * ({@link RowFragments}) holds as much again.
	 */
	static final long MAX_BYTES = 24L * 1024 * 1024;

	/** One render per core: a render is all CPU (SQLite, the template, gzip). */
	static final int RENDERS_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

	/**
	 * Renders that may wait for a turn (a burst of new filters from a few workers); one
	 * more is answered 503. At tens of milliseconds a render, the last of them waits a
	 * few tenths of a second.
	 */
	static final int RENDERS_WAITING = 16;

	/**
	 * Longest wait for a turn, for when renders are slow (a busy machine): then 503
	 * rather than a hang.
	 */
	static final long WAIT_MILLIS = 3000;

	private static final ThreadLocal<Boolean> PREPARING = ThreadLocal.withInitial(() -> false);

	private final AsyncCache<BodyKey, Entry> bodies = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((BodyKey key, Entry entry) -> entry.body().weight())
		.buildAsync();

	private final Semaphore turns;

	private final int maxWaiting;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong renders = new AtomicLong();

	private final AtomicLong newestVersion = new AtomicLong();

	private final ObjectProvider<Preparation> preparations;

	private volatile RefreshStatus lastPrepared;

	/**
	 * @param preparations null outside a web application, where no page is served
	 */
	RenderedBodies(ObjectProvider<Preparation> preparations, int rendersAtOnce, int rendersWaiting) {
		this.preparations = preparations;
		this.turns = new Semaphore(rendersAtOnce, true);
		this.maxWaiting = rendersWaiting;
	}

	/** The one instance, with one render per core and the queue above. */
	@Configuration(proxyBeanMethods = false)
	static class Bounds {

		@Bean
		RenderedBodies renderedBodies(ObjectProvider<Preparation> preparations, ApplicationContext context) {
			return new RenderedBodies(context instanceof WebApplicationContext ? preparations : null, RENDERS_AT_ONCE,
					RENDERS_WAITING);
		}

	}

	/**
	 * Renders the bodies asked for most (front page, default pages and JSON, status) for
	 * a refresh status.
	 */
	public interface Preparation {

		void prepare(RefreshStatus status);

	}

	/**
	 * A status about to become visible: its bodies are rendered now, while readers are
	 * still served the one before.
	 */
	@EventListener
	void statusChanged(RefreshStatus status) {
		if (preparations == null) {
			return;
		}
		PREPARING.set(true);
		try {
			preparations.orderedStream().forEach(preparation -> preparation.prepare(status));
			lastPrepared = status;
		}
		catch (RuntimeException ex) {
			// The same render runs again for the first visitor, who then gets its error
			log.warn("Could not prepare the bodies of snapshot {}: {}", status.snapshotVersion(), ex.toString());
		}
		finally {
			PREPARING.remove();
		}
	}

	/**
	 * Answers {@code key}: 304 when the client holds its ETag (before any render), else
	 * the cached body or the one {@code render} makes now.
	 */
	public void serve(BodyKey key, String contentType, Supplier<byte[]> render, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		serveBody(key, () -> RenderedBody.of(render.get(), contentType), servletRequest, response);
	}

	/**
	 * As {@link #serve}, for a body that renders in microseconds (the status the pages
	 * poll): it takes no render turn, so it never waits behind page renders nor is turned
	 * away while they pile up.
	 */
	public void serveSmall(BodyKey key, String contentType, Supplier<byte[]> render, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		write(key, () -> getBody(key, () -> RenderedBody.of(render.get(), contentType), false), servletRequest,
				response);
	}

	/**
	 * As {@link #serve}, for a render that makes the whole body (compressed parts and
	 * all).
	 */
	void serveBody(BodyKey key, Supplier<RenderedBody> render, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		write(key, () -> getBody(key, render), servletRequest, response);
	}

	private void write(BodyKey key, Supplier<RenderedBody> cached, HttpServletRequest servletRequest,
			HttpServletResponse response) throws IOException {
		ServletWebRequest request = new ServletWebRequest(servletRequest, response);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		Entry ready = ready(key);
		if (request.checkNotModified(ready != null ? ready.etag() : key.etag())) {
			return;
		}
		RenderedBody body = ready != null ? ready.body() : cached.get();
		boolean gzip = AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		byte[] bytes = gzip ? body.gzipped() : body.raw();
		response.setContentType(body.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * The body of {@code key} with its ETag when it is rendered already: the ETag is
	 * worked out once per body, not per request.
	 */
	private Entry ready(BodyKey key) {
		CompletableFuture<Entry> entry = bodies.getIfPresent(key);
		return entry != null && entry.isDone() && !entry.isCompletedExceptionally() ? entry.join() : null;
	}

	/**
	 * The cached body of {@code key}, rendered now on a miss (once, however many ask at
	 * the same time).
	 */
	public RenderedBody get(BodyKey key, String contentType, Supplier<byte[]> render) {
		return getBody(key, () -> RenderedBody.of(render.get(), contentType));
	}

	RenderedBody getBody(BodyKey key, Supplier<RenderedBody> render) {
		return getBody(key, render, true);
	}

	private RenderedBody getBody(BodyKey key, Supplier<RenderedBody> render, boolean bounded) {
		if (!PREPARING.get()) {
			// a status being prepared is not visible yet: the bodies of the visible one
			// stay
			dropOlderVersions(key.snapshotVersion());
		}
		CompletableFuture<Entry> mine = new CompletableFuture<>();
		CompletableFuture<Entry> existing = bodies.asMap().putIfAbsent(key, mine);
		if (existing != null) {
			return join(existing).body();
		}
		try {
			// a preparation is one thread and no reader waits for it: it takes no turn,
			// so
			// that a new status never waits behind a queue of new filters
			RenderedBody body = bounded && !PREPARING.get() ? bounded(render) : counted(render);
			mine.complete(new Entry(body, key.etag()));
		}
		catch (RuntimeException | Error ex) {
			bodies.asMap().remove(key, mine);
			mine.completeExceptionally(ex);
		}
		return join(mine).body();
	}

	/** True when {@code key} is rendered (or being rendered) already. */
	public boolean holds(BodyKey key) {
		return bodies.getIfPresent(key) != null;
	}

	/** Renders done since start: a request served from the cache adds none. */
	public long renderCount() {
		return renders.get();
	}

	/** The last status whose bodies are all prepared; null while none. */
	RefreshStatus lastPrepared() {
		return lastPrepared;
	}

	/** Renders waiting for a turn now. */
	int waitingRenders() {
		return waiting.get();
	}

	private RenderedBody bounded(Supplier<RenderedBody> render) {
		awaitTurn();
		try {
			return counted(render);
		}
		finally {
			turns.release();
		}
	}

	private RenderedBody counted(Supplier<RenderedBody> render) {
		renders.incrementAndGet();
		return render.get();
	}

	/**
	 * A turn, or busy.
	 */
	private void awaitTurn() {
		if (turns.tryAcquire()) {
			return;
		}
		if (waiting.incrementAndGet() > maxWaiting) {
			waiting.decrementAndGet();
			throw new RendersBusyException();
		}
		try {
			if (!turns.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
				throw new RendersBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RendersBusyException();
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	/**
	 * Older snapshots' bodies are never asked for again once a newer one is: free their
	 * room at once.
	 */
	private void dropOlderVersions(long version) {
		long previous = newestVersion.getAndAccumulate(version, Math::max);
		if (version > previous) {
			bodies.asMap().keySet().removeIf(key -> key.snapshotVersion() < version);
		}
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
