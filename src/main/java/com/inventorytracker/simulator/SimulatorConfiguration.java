package com.inventorytracker.simulator;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulator's parts, registered only while it is on (its controller carries the same condition). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulatorEnabled
class SimulatorConfiguration {

    @Bean
    Warehouse simulatorWarehouse(SimulatorProperties properties, Clock clock) {
        long seed = (properties.seed() != null) ? properties.seed() : ThreadLocalRandom.current().nextLong();
        return new Warehouse(seed, clock, properties.replacePeriod(),
                properties.driftPeriod());
    }

    @Bean
    SimulatorFaults simulatorFaults(SimulatorProperties properties) {
        return new SimulatorFaults(properties.failureRate());
    }

    @Bean
    FailureDice simulatorFailureDice(Warehouse warehouse, SimulatorFaults faults) {
        return new FailureDice(warehouse.seed(), faults);
    }

    @Bean
    ResponseDelay simulatorResponseDelay(SimulatorProperties properties) {
        return new ResponseDelay(properties.latency());
    }

}
