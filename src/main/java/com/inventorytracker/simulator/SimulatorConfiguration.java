package com.inventorytracker.simulator;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.inventorytracker.catalog.Category;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The simulator, on when {@code inventory.simulator.enabled} says so, else exactly while
 * {@code inventory.upstream.base-url} is empty: a fresh clone reads its own simulator,
 * and a deployment pointed at a real instance exposes no fake one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SimulatorConfiguration.ENABLED)
class SimulatorConfiguration {

	/** The switch, on this configuration and on {@link SimulatorController}. */
	static final String ENABLED = "'${inventory.simulator.enabled:}'.isBlank() ? '${inventory.upstream.base-url:}'"
			+ ".isBlank() : '${inventory.simulator.enabled:}'.trim().equalsIgnoreCase('true')";

	/** Its first catalogue is built in the background: start-up does not wait for it. */
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
