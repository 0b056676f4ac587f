package com.inventorytracker;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InventoryTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(InventoryTrackerApplication.class, args);
	}

	/** Tests replace it with one they move by hand. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
