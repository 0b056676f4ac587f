package com.inventorytracker.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.inventorytracker.catalog.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.InitializingBean;

/**
 * The simulated warehouse as of now: the catalogue generation and drift step the clock is
 * in, counted from the start, and the bodies that answer for them. Bodies are written
 * once per data change and then served from memory; a request only pays for a rebuild
 * when it is the first one after a change.
 */
final class Warehouse implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(Warehouse.class);

	/**
	 * A good envelope with no rows: the answer for a manufacturer the warehouse does not
	 * know.
	 */
	static final Body NO_ROWS = Body.of("{\"code\":200,\"response\":[]}".getBytes());

	/**
	 * Its own mapper, so that the simulated wire format does not follow the application's
	 * Jackson settings.
	 */
	private static final JsonMapper json = JsonMapper.builder().build();

	private final long seed;

	private final Clock clock;

	private final Instant start;

	private final long replaceMillis;

	private final long driftMillis;

	private Catalogue catalogue;

	private volatile Bodies bodies;

	Warehouse(long seed, Clock clock, Duration replacePeriod, Duration driftPeriod) {
		this.seed = seed;
		this.clock = clock;
		this.start = clock.instant();
		this.replaceMillis = replacePeriod.toMillis();
		this.driftMillis = driftPeriod.toMillis();
	}

	/**
	 * Builds the first catalogue in the background at start-up, so that neither start-up
	 * nor (usually) the first request waits for it; a request that comes sooner waits for
	 * the same build rather than starting another.
	 */
	@Override
	public void afterPropertiesSet() {
		Thread warmUp = new Thread(this::current, "simulator-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	long seed() {
		return seed;
	}

	Body products(Category category) {
		return current().products().get(category);
	}

	Body availability(String manufacturer) {
		return current().availability().getOrDefault(manufacturer, NO_ROWS);
	}

	private Bodies current() {
		long elapsed = Math.max(0, Duration.between(start, clock.instant()).toMillis());
		long generation = elapsed / replaceMillis;
		long step = (elapsed - generation * replaceMillis) / driftMillis;
		Bodies current = bodies;
		return (current != null && current.generation() == generation && current.step() == step) ? current
				: advanceTo(generation, step);
	}

	private synchronized Bodies advanceTo(long generation, long step) {
		Bodies previous = bodies;
		if (previous != null && previous.generation() == generation && previous.step() == step) {
			return previous;
		}
		long started = System.nanoTime();
		boolean replaced = catalogue == null || catalogue.generation() != generation || catalogue.step() > step;
		if (replaced) {
			catalogue = new Catalogue(seed, generation);
		}
		catalogue.driftTo(step);
		Map<Category, Body> products = new EnumMap<>(Category.class);
		if (replaced) {
			catalogue.products().forEach((category, list) -> products.put(category, body(list)));
		}
		else {
			products.putAll(previous.products());
		}
		Map<String, Body> availability = new HashMap<>();
		catalogue.availability().forEach((manufacturer, rows) -> availability.put(manufacturer, availability(rows)));
		bodies = new Bodies(generation, step, products, availability);
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (replaced) {
			logger.info("Simulator generated catalogue {} from seed {}: {} manufacturers, in {} ms", generation, seed,
					availability.size(), millis);
		}
		else {
			logger.debug("Simulator availability moved to drift step {} in {} ms", step, millis);
		}
		return bodies;
	}

	private static Body availability(Catalogue.Rows rows) {
		Row[] response = new Row[rows.ids().length];
		for (int i = 0; i < response.length; i++) {
			response[i] = new Row(rows.ids()[i], rows.values()[i].payload);
		}
		return body(new Envelope(200, List.of(response)));
	}

	private static Body body(Object value) {
		return Body.of(json.writeValueAsBytes(value));
	}

	private record Bodies(long generation, long step, Map<Category, Body> products, Map<String, Body> availability) {
	}

	private record Envelope(int code, List<Row> response) {
	}

	private record Row(String id, @JsonProperty("DATAPAYLOAD") String payload) {
	}

	/**
	 * An answer body written once and served many times, with a strong ETag from its
	 * bytes: the same bytes always get the same tag, so a client's {@code If-None-Match}
	 * stays valid until the data really changes. A checksum (hardware-assisted in the
	 * JDK) and the length, not a digest: it only has to tell successive bodies apart.
	 */
	record Body(byte[] bytes, String etag) {

		static Body of(byte[] bytes) {
			CRC32C crc = new CRC32C();
			crc.update(bytes);
			return new Body(bytes, "\"%08x%08x\"".formatted(crc.getValue(), bytes.length));
		}

	}

}
