package com.inventorytracker.simulator;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.inventorytracker.catalog.Category;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The simulator, on when {@code inventory.simulator.enabled} says so; when that is unset
 * or blank, on exactly while {@code inventory.upstream.base-url} is empty: a fresh clone
 * then reads its own simulator, and a deployment pointed at a real instance does not
 * expose a fake one. When it is off its routes do not exist at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SimulatorConfiguration.ENABLED)
class SimulatorConfiguration {

	/** The switch, on this configuration and on {@link SimulatorController}. */
	static final String ENABLED = "'${inventory.simulator.enabled:}'.isBlank() ? '${inventory.upstream.base-url:}'"
			+ ".isBlank() : '${inventory.simulator.enabled:}'.trim().equalsIgnoreCase('true')";

	/**
	 * Its first catalogue is built in the background, so that neither start-up nor
	 * (usually) the first request waits for it.
	 */
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
