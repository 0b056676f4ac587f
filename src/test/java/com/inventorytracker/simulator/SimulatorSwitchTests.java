package com.inventorytracker.simulator;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the simulator's routes exist (its beans are lazy here: only their presence is
 * checked).
 */
class SimulatorSwitchTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(LazyInitializationBeanFactoryPostProcessor.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withUserConfiguration(PropertiesConfiguration.class, SimulatorFaults.class, SimulatorController.class);

	@Test
	void onWhenNoUpstreamIsConfigured() {
		this.runner.run(context -> assertThat(context).hasSingleBean(SimulatorController.class)
			.hasSingleBean(SimulatorFaults.class));
	}

	@Test
	void onWhenTheUpstreamAndTheSwitchAreBlank() {
		this.runner.withPropertyValues("inventory.upstream.base-url=", "inventory.simulator.enabled= ")
			.run(context -> assertThat(context).hasSingleBean(SimulatorController.class)
				.hasSingleBean(SimulatorFaults.class));
	}

	@Test
	void offWhenAnUpstreamIsConfigured() {
		this.runner.withPropertyValues("inventory.upstream.base-url=https://legacy.example.test")
			.run(context -> assertThat(context).doesNotHaveBean(SimulatorController.class)
				.doesNotHaveBean(SimulatorFaults.class));
	}

	@Test
	void onWhenSwitchedOnDespiteAnUpstream() {
		this.runner
			.withPropertyValues("inventory.upstream.base-url=https://legacy.example.test",
					"inventory.simulator.enabled=TRUE")
			.run(context -> assertThat(context).hasSingleBean(SimulatorController.class)
				.hasSingleBean(SimulatorFaults.class));
	}

	@Test
	void offWhenSwitchedOffWithoutAnUpstream() {
		this.runner.withPropertyValues("inventory.simulator.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(SimulatorController.class)
				.doesNotHaveBean(SimulatorFaults.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SimulatorProperties.class)
	static class PropertiesConfiguration {

	}

}
