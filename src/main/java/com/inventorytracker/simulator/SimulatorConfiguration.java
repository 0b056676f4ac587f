package com.inventorytracker.simulator;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulator's parts, registered only while it is on (its controller carries the same condition). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulatorEnabled
class SimulatorConfiguration {

    /** Takes the application's clock when there is one (tests move it), the system clock otherwise. */
    @Bean
    Warehouse simulatorWarehouse(SimulatorProperties properties, ObjectProvider<Clock> clock) {
        long seed = (properties.seed() != null) ? properties.seed() : ThreadLocalRandom.current().nextLong();
        return new Warehouse(seed, clock.getIfAvailable(Clock::systemUTC), properties.replacePeriod(),
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
