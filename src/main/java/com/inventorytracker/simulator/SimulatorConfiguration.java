package com.inventorytracker.simulator;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.inventorytracker.catalog.Category;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On when {@code inventory.simulator.enabled} says so, else while
 * {@code inventory.upstream.base-url} is empty: a fresh clone reads its own simulator,
 * and a deployment pointed at a real instance exposes no fake one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SimulatorConfiguration.ENABLED)
class SimulatorConfiguration {

	static final String ENABLED = "'${inventory.simulator.enabled:}'.isBlank() ? '${inventory.upstream.base-url:}'"
			+ ".isBlank() : '${inventory.simulator.enabled:}'.trim().equalsIgnoreCase('true')";

	/** Start-up does not wait for the first catalogue. */
	@Bean
	Warehouse simulatorWarehouse(SimulatorProperties properties, Clock clock) {
		long seed = (properties.seed() != null) ? properties.seed() : ThreadLocalRandom.current().nextLong();
		Warehouse warehouse = new Warehouse(seed, clock, properties.replacePeriod(), properties.driftPeriod());
		CompletableFuture.runAsync(() -> warehouse.products(Category.GLOVES));
		return warehouse;
	}

	@Bean
	SimulatorFaults simulatorFaults(SimulatorProperties properties, Warehouse warehouse) {
		return new SimulatorFaults(properties.failureRate(), warehouse.seed());
	}

}
