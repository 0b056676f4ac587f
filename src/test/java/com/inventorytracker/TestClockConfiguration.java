package com.inventorytracker;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The one test clock: replaces the application's clock with a {@link MutableClock}
 * starting at {@link #NOW}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	/**
	 * "Now" of every test context until a test moves the clock: half an hour after the
	 * fixtures' refresh.
	 */
	public static final Instant NOW = Instant.parse("2026-11-25T12:30:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(NOW);
	}

}
