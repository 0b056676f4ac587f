package com.inventorytracker.upstream;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Durations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The legacy API. Every request has a connect and a read timeout, is retried with
 * back-off and jitter, and sends the ETag of the last good answer, whose parsed result a
 * {@code 304 Not Modified} reuses. Thread-safe.
 */
@Component
public class UpstreamClient {

	private static final Logger log = LoggerFactory.getLogger(UpstreamClient.class);

	private static final String ERROR_MODES_HEADER = "X-Error-Modes-Active";

	private final RestClient http;

	private final RetryTemplate retry;

	private final UpstreamProperties properties;

	private final Environment environment;

	private final Map<String, Remembered<?>> lastGoodAnswers = new ConcurrentHashMap<>();

	UpstreamClient(RestClient.Builder builder, UpstreamProperties properties, Environment environment) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			// no h2c upgrade attempt on every new connection
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
		requestFactory.setReadTimeout(properties.readTimeout());
		this.http = builder.requestFactory(requestFactory).build();
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(properties.maxAttempts() - 1L)
			.delay(properties.backoffDelay())
			.multiplier(properties.backoffMultiplier())
			.maxDelay(properties.backoffMaxDelay())
			.jitter(properties.backoffJitter())
			.predicate(ex -> ex instanceof UpstreamException upstream && upstream.retryable()
					&& !Thread.currentThread().isInterrupted())
			.build());
		this.retry.setRetryListener(new RetryListener() {

			// one line per failed try, no stack trace: these faults are expected
			@Override
			public void onRetryableExecution(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				if (!state.isSuccessful() && state.getLastException() instanceof UpstreamException ex
						&& !Thread.currentThread().isInterrupted()) {
					log.warn("{} attempt {}/{} failed: {}", ex.source(), state.getExceptions().size(),
							properties.maxAttempts(), ex.reason());
				}
			}

		});
		this.properties = properties;
		this.environment = environment;
	}

	public List<UpstreamProduct> products(Category category) {
		return fetch("products", category.slug(), UpstreamBodies::products);
	}

	public ManufacturerAvailability availability(String manufacturer) {
		return fetch("availability", manufacturer, UpstreamBodies::availability);
	}

	private <T> T fetch(String resource, String name, BiFunction<String, JsonParser, T> parser) {
		String source = resource + "/" + name;
		try {
			return retry.execute(() -> attempt(source, uri(resource, name), parser));
		}
		catch (RetryException ex) {
			if (!(ex.getCause() instanceof UpstreamException last)) {
				// the back-off was interrupted: the run is being cancelled
				throw new UpstreamException(source, "cancelled", false);
			}
			int attempts = ex.getExceptions().size();
			String reason = attempts > 1 ? last.reason() + " (" + attempts + " attempts)" : last.reason();
			throw new UpstreamException(source, reason, last.retryable());
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T attempt(String source, URI uri, BiFunction<String, JsonParser, T> parser) {
		Remembered<T> previous = (Remembered<T>) lastGoodAnswers.get(source);
		long started = System.nanoTime();
		try {
			return http.get().uri(uri).accept(MediaType.APPLICATION_JSON).headers(headers -> {
				if (previous != null) {
					headers.setIfNoneMatch(previous.etag());
				}
			}).exchange((request, response) -> read(source, response, previous, parser));
		}
		catch (UpstreamException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new UpstreamException(source, "cancelled", false);
			}
			// the read timeout spans the whole answer: in the body it is a closed stream
			boolean timedOut = System.nanoTime() - started >= properties.readTimeout().toNanos();
			throw new UpstreamException(source, timedOut ? readTimeoutReason() : describe(ex), true);
		}
	}

	private <T> T read(String source, ClientHttpResponse response, Remembered<T> previous,
			BiFunction<String, JsonParser, T> parser) throws IOException {
		int status = response.getStatusCode().value();
		if (status == 304) {
			if (previous == null) {
				throw new UpstreamException(source, "304 Not Modified to a request without an ETag", true);
			}
			return previous.value();
		}
		if (status != 200) {
			// 5xx, 408 and 429 are faults of the moment; any other answer stays the same
			throw new UpstreamException(source, "HTTP " + status, status >= 500 || status == 408 || status == 429);
		}
		String errorModes = response.getHeaders().getFirst(ERROR_MODES_HEADER);
		if (errorModes != null && !errorModes.isBlank()) {
			throw new UpstreamException(source,
					"built-in failure (" + ERROR_MODES_HEADER + ": " + errorModes.strip() + ")", true);
		}
		T value;
		try (JsonParser body = UpstreamBodies.JSON.createParser(response.getBody())) {
			if (body.nextToken() == null) {
				throw new UpstreamException(source, "empty body", true);
			}
			value = parser.apply(source, body);
		}
		String etag = response.getHeaders().getETag();
		lastGoodAnswers.compute(source,
				(key, last) -> (etag == null || etag.isBlank()) ? null : new Remembered<>(etag, value));
		return value;
	}

	/** Without a base URL, the embedded simulator: its port is known once it listens. */
	private URI uri(String resource, String name) {
		URI root = properties.baseUrl();
		if (root == null) {
			String port = environment.getProperty("local.server.port");
			if (port == null) {
				throw new UpstreamException("base URL", "inventory.upstream.base-url is empty and this server is not"
						+ " listening yet, so the embedded simulator cannot be reached", true);
			}
			root = URI.create("http://localhost:" + port + "/bad-api");
		}
		return UriComponentsBuilder.fromUri(root).pathSegment("v2", resource, name).build().encode().toUri();
	}

	private String describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpConnectTimeoutException) {
				return "no connection within the connect timeout of " + Durations.format(properties.connectTimeout());
			}
			if (cause instanceof HttpTimeoutException) {
				return readTimeoutReason();
			}
			if (cause instanceof ConnectException) {
				return "connection refused";
			}
			if (cause instanceof JacksonException json && !(json.getCause() instanceof IOException)) {
				return "invalid JSON: " + shorten(json.getOriginalMessage());
			}
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + shorten(root.getMessage()));
	}

	private String readTimeoutReason() {
		return "no answer within the read timeout of " + Durations.format(properties.readTimeout());
	}

	private static String shorten(String message) {
		String firstLine = message.lines().findFirst().orElse("").strip();
		return firstLine.length() > 120 ? firstLine.substring(0, 120) + "…" : firstLine;
	}

	private record Remembered<T>(String etag, T value) {
	}

}
