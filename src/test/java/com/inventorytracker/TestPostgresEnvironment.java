package com.inventorytracker;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code inventory.test.postgres-database=name} in a test's properties runs its context
 * on that database of {@link TestPostgres}. Set before the application's own database
 * defaults are chosen from the URL, which a {@code @DynamicPropertySource} would be too
 * late for.
 */
public class TestPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String name = environment.getProperty("inventory.test.postgres-database");
		if (name != null) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("testPostgres",
						Map.of("spring.datasource.url", TestPostgres.database(name))));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
