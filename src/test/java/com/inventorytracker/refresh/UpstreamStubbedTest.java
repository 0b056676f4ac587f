package com.inventorytracker.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.inventorytracker.MutableClock;
import com.inventorytracker.TestClockConfiguration;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * What the refresh tests share: one WireMock server standing in for the legacy API (every
 * test class extending this one, with the same properties, shares one application context
 * pointing at it), a hand-set clock, and a fresh database and good warehouse before each
 * test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE,
		properties = { "inventory.upstream.read-timeout=2s", "inventory.upstream.max-attempts=3",
				"inventory.upstream.backoff-delay=1ms", "inventory.upstream.backoff-max-delay=2ms",
				"inventory.upstream.backoff-jitter=0ms" })
@Import({ TestClockConfiguration.class, TestSnapshots.class })
abstract class UpstreamStubbedTest {

	static final Instant T1 = TestClockConfiguration.NOW;

	/** The times of the next two scheduled runs. */
	static final Instant T2 = T1.plus(Duration.ofMinutes(5));

	static final Instant T3 = T2.plus(Duration.ofMinutes(5));

	static final HeldAnswers held = new HeldAnswers();

	static final WireMockServer upstream = new WireMockServer(options().dynamicPort().extensions(held));

	static {
		upstream.start();
		Runtime.getRuntime().addShutdownHook(new Thread(upstream::stop));
	}

	@DynamicPropertySource
	static void upstreamUrl(DynamicPropertyRegistry registry) {
		registry.add("inventory.upstream.base-url", upstream::baseUrl);
	}

	@Autowired
	RefreshService refreshService;

	@Autowired
	RefreshStatusService statusService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	TestSnapshots snapshots;

	@BeforeEach
	void goodWarehouseAndEmptyDatabase() {
		held.reset();
		upstream.resetAll();
		TestWarehouse.stubGoodAnswers(upstream);
		snapshots.clear();
		clock.set(T1);
	}

	@Autowired
	Environment environment;

	boolean onSqlite() {
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:sqlite:");
	}

	Map<String, String> storedAvailability() {
		Map<String, String> stored = new HashMap<>();
		jdbc.sql("SELECT id, availability FROM product").query(rs -> {
			stored.put(rs.getString("id"), rs.getString("availability"));
		});
		return stored;
	}

	/**
	 * When each product's availability was last confirmed; products never confirmed are
	 * absent.
	 */
	Map<String, Instant> storedCheckedAt() {
		Map<String, Instant> stored = new HashMap<>();
		jdbc.sql("SELECT id, availability_checked_at FROM product WHERE availability_checked_at IS NOT NULL")
			.query(rs -> {
				stored.put(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("availability_checked_at")));
			});
		return stored;
	}

}
