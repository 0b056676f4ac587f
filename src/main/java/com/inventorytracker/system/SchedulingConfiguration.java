package com.inventorytracker.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled refreshes; {@code inventory.refresh.scheduler-enabled=false} turns them off (tests run the
 * refresh themselves). Spring Boot supplies the single-threaded scheduler, which is stopped with the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "inventory.refresh.scheduler-enabled", matchIfMissing = true)
class SchedulingConfiguration {
}
