package com.inventorytracker.simulator;

import com.inventorytracker.MutableClock;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the application a clock the simulator tests can move; shared so that they share one context. */
@TestConfiguration(proxyBeanMethods = false)
class SimulatorTestConfiguration {

    @Bean
    @Primary
    MutableClock simulatorTestClock() {
        return new MutableClock(Instant.parse("2021-03-01T08:00:00Z"));
    }

}
