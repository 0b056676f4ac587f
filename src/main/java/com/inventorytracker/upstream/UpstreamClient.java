package com.inventorytracker.upstream;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.inventorytracker.catalog.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The legacy API: a category's products and a manufacturer's availability. Every request
 * has a connect and a read timeout, is retried with exponential back-off and jitter up to
 * {@code max-attempts} tries, and is conditional on the ETag of the last good answer,
 * whose parsed result is reused on {@code 304 Not Modified}. Thread-safe.
 */
@Component
public class UpstreamClient {

	static final String ERROR_MODES_HEADER = "X-Error-Modes-Active";

	private static final Logger log = LoggerFactory.getLogger(UpstreamClient.class);

	private final RestClient http;

	private final RetryTemplate retry;

	private final UpstreamBaseUrl baseUrl;

	private final UpstreamProperties properties;

	private final ProductListParser productParser;

	private final AvailabilityListParser availabilityParser;

	private final Map<String, Remembered<?>> lastGoodAnswers = new ConcurrentHashMap<>();

	UpstreamClient(RestClient.Builder builder, JsonMapper mapper, UpstreamProperties properties,
			UpstreamBaseUrl baseUrl) {
		this.http = builder.requestFactory(requestFactory(properties)).build();
		this.retry = new RetryTemplate(retryPolicy(properties));
		this.retry.setRetryListener(failedTriesLog());
		this.baseUrl = baseUrl;
		this.properties = properties;
		this.productParser = new ProductListParser(mapper);
		this.availabilityParser = new AvailabilityListParser(mapper);
	}

	/**
	 * The products of one category; throws {@link UpstreamException} once its tries are
	 * used up.
	 */
	public List<UpstreamProduct> products(Category category) {
		String source = "products/" + category.slug();
		return fetch(source, "products", category.slug(), false, body -> productParser.parse(source, body));
	}

	/**
	 * One manufacturer's availability list; throws {@link UpstreamException} once its
	 * tries are used up.
	 */
	public ManufacturerAvailability availability(String manufacturer) {
		String source = "availability/" + manufacturer;
		return fetch(source, "availability", manufacturer, true,
				body -> availabilityParser.parse(source, manufacturer, body));
	}

	private <T> T fetch(String source, String resource, String name, boolean builtInFailurePossible,
			Function<InputStream, T> parser) {
		try {
			return retry.execute(() -> attempt(source, uri(resource, name), builtInFailurePossible, parser));
		}
		catch (RetryException ex) {
			throw exhausted(source, ex);
		}
	}

	/**
	 * One line per failed try, no stack trace: these faults are expected and the reason
	 * says it all.
	 */
	private RetryListener failedTriesLog() {
		return new RetryListener() {

			@Override
			public void onRetryableExecution(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				if (!state.isSuccessful() && state.getLastException() instanceof UpstreamException ex) {
					int attempt = state.getExceptions().size();
					if (Thread.currentThread().isInterrupted()) {
						log.debug("{} attempt {} cancelled", ex.source(), attempt);
					}
					else {
						log.warn("{} attempt {}/{} failed: {}", ex.source(), attempt, properties.maxAttempts(),
								ex.reason());
					}
				}
			}

		};
	}

	@SuppressWarnings("unchecked")
	private <T> T attempt(String source, URI uri, boolean builtInFailurePossible, Function<InputStream, T> parser) {
		Remembered<T> previous = (Remembered<T>) lastGoodAnswers.get(source);
		long started = System.nanoTime();
		try {
			return http.get().uri(uri).accept(MediaType.APPLICATION_JSON).headers(headers -> {
				if (previous != null) {
					headers.setIfNoneMatch(previous.etag());
				}
			}).exchange((request, response) -> read(source, response, previous, builtInFailurePossible, parser));
		}
		catch (UpstreamException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new UpstreamException(source, "cancelled", false);
			}
			// the read timeout spans the whole answer; hit while reading the body, it
			// shows as a closed stream
			if (System.nanoTime() - started >= properties.readTimeout().toNanos()) {
				throw new UpstreamException(source, readTimeoutReason(), true, ex);
			}
			throw new UpstreamException(source, describe(ex), true, ex);
		}
	}

	private <T> T read(String source, ClientHttpResponse response, Remembered<T> previous,
			boolean builtInFailurePossible, Function<InputStream, T> parser) throws IOException {
		int status = response.getStatusCode().value();
		if (status == HttpStatus.NOT_MODIFIED.value()) {
			if (previous == null) {
				throw new UpstreamException(source, "304 Not Modified to a request without an ETag", true);
			}
			return previous.value();
		}
		if (status != HttpStatus.OK.value()) {
			throw new UpstreamException(source, "HTTP " + status, isWorthRetrying(status));
		}
		HttpHeaders headers = response.getHeaders();
		String errorModes = headers.getFirst(ERROR_MODES_HEADER);
		if (builtInFailurePossible && errorModes != null && !errorModes.isBlank()) {
			throw new UpstreamException(source,
					"built-in failure (" + ERROR_MODES_HEADER + ": " + errorModes.strip() + ")", true);
		}
		T value = parser.apply(response.getBody());
		remember(source, headers.getETag(), value);
		return value;
	}

	private void remember(String source, String etag, Object value) {
		if (etag == null || etag.isBlank()) {
			lastGoodAnswers.remove(source);
		}
		else {
			lastGoodAnswers.put(source, new Remembered<>(etag, value));
		}
	}

	private URI uri(String resource, String name) {
		return UriComponentsBuilder.fromUri(baseUrl.get()).pathSegment("v2", resource, name).build().encode().toUri();
	}

	private UpstreamException exhausted(String source, RetryException ex) {
		int attempts = ex.getExceptions().size();
		if (ex.getCause() instanceof UpstreamException last) {
			String reason = attempts > 1 ? last.reason() + " (" + attempts + " attempts)" : last.reason();
			return new UpstreamException(source, reason, last.retryable());
		}
		// the back-off between two tries was interrupted: the run is being cancelled
		return new UpstreamException(source, "cancelled", false);
	}

	/**
	 * 5xx, 408 and 429 are faults of the moment; any other answer would be the same on
	 * the next try.
	 */
	private static boolean isWorthRetrying(int status) {
		return status >= 500 || status == HttpStatus.REQUEST_TIMEOUT.value()
				|| status == HttpStatus.TOO_MANY_REQUESTS.value();
	}

	private String describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpConnectTimeoutException) {
				return "no connection within the connect timeout of "
						+ UpstreamProperties.format(properties.connectTimeout());
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
		String message = root.getMessage();
		return root.getClass().getSimpleName() + (message == null ? "" : ": " + shorten(message));
	}

	private String readTimeoutReason() {
		return "no answer within the read timeout of " + UpstreamProperties.format(properties.readTimeout());
	}

	private static String shorten(String message) {
		String firstLine = message.lines().findFirst().orElse("").strip();
		return firstLine.length() > 120 ? firstLine.substring(0, 120) + "…" : firstLine;
	}

	private static JdkClientHttpRequestFactory requestFactory(UpstreamProperties properties) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			// the legacy API speaks plain HTTP/1.1; no h2c upgrade attempt on every new
			// connection
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(properties.readTimeout());
		return factory;
	}

	private static RetryPolicy retryPolicy(UpstreamProperties properties) {
		return RetryPolicy.builder()
			.maxRetries(properties.maxAttempts() - 1L)
			.delay(properties.backoffDelay())
			.multiplier(properties.backoffMultiplier())
			.maxDelay(properties.backoffMaxDelay())
			.jitter(properties.backoffJitter())
			.predicate(UpstreamClient::isWorthRetrying)
			.build();
	}

	private static boolean isWorthRetrying(Throwable ex) {
		return ex instanceof UpstreamException upstream && upstream.retryable()
				&& !Thread.currentThread().isInterrupted();
	}

	private record Remembered<T>(String etag, T value) {
	}

}
