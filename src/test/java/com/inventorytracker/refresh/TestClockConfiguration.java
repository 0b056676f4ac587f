package com.inventorytracker.refresh;

import com.inventorytracker.MutableClock;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A hand-set clock for the application, starting at {@link #START}. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

}
