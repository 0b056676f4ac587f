package com.inventorytracker.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.simulator.Catalogue.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answers of the generation and drift step the clock is in, made once for each. */
final class Warehouse {

	private static final Logger logger = LoggerFactory.getLogger(Warehouse.class);

	static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	/** For an unknown manufacturer: the original's answer is not on record. */
	static final ResponseEntity<byte[]> NO_ROWS = answer(
			"{\"code\":200,\"response\":[]}".getBytes(StandardCharsets.UTF_8));

	/** Its own, so that the wire format does not follow the application's settings. */
	private static final JsonMapper json = JsonMapper.builder().build();

	private final long seed;

	private final Clock clock;

	private final Instant start;

	private final long replaceMillis;

	private final long driftMillis;

	private Catalogue catalogue;

	private Map<Category, ResponseEntity<byte[]>> products;

	private Map<String, ResponseEntity<byte[]>> availability;

	Warehouse(long seed, Clock clock, Duration replacePeriod, Duration driftPeriod) {
		this.seed = seed;
		this.clock = clock;
		this.start = clock.instant();
		this.replaceMillis = replacePeriod.toMillis();
		this.driftMillis = driftPeriod.toMillis();
	}

	synchronized ResponseEntity<byte[]> products(Category category) {
		moveToNow();
		return products.get(category);
	}

	synchronized ResponseEntity<byte[]> availability(String manufacturer) {
		moveToNow();
		return availability.getOrDefault(manufacturer, NO_ROWS);
	}

	/** A new catalogue for a new generation, or when the clock went back. */
	private void moveToNow() {
		long elapsed = Math.max(0, Duration.between(start, clock.instant()).toMillis());
		long generation = elapsed / replaceMillis;
		long step = elapsed % replaceMillis / driftMillis;
		if (catalogue == null || catalogue.generation() != generation || catalogue.step() > step) {
			long started = System.nanoTime();
			catalogue = new Catalogue(seed, generation);
			products = new EnumMap<>(Category.class);
			catalogue.products()
				.forEach((category, list) -> products.put(category, answer(json.writeValueAsBytes(list))));
			availability = null;
			logger.info("Simulator generated catalogue {} from seed {} in {} ms", generation, seed,
					(System.nanoTime() - started) / 1_000_000);
		}
		if (availability == null || catalogue.step() != step) {
			catalogue.driftTo(step);
			availability = new HashMap<>();
			catalogue.availability()
				.forEach((manufacturer, rows) -> availability.put(manufacturer,
						answer(json.writeValueAsBytes(new Envelope(200, rows)))));
			logger.debug("Simulator availability at drift step {}", step);
		}
	}

	private record Envelope(int code, Row[] response) {
	}

	/** A checksum, not a digest, as the ETag only has to tell successive bodies apart. */
	static ResponseEntity<byte[]> answer(byte[] body) {
		CRC32C crc = new CRC32C();
		crc.update(body);
		return ResponseEntity.ok().contentType(JSON).eTag("%08x%08x".formatted(crc.getValue(), body.length)).body(body);
	}

}
