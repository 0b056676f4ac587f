package com.inventorytracker.web.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.system.TestOnlyPageRoutes;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
@Import({ TestOnlyApiRoutes.class, TestOnlyPageRoutes.class })
public class WebTestConfiguration {

    /** "Now" for every test of this context: half an hour after {@link Snapshots#REFRESHED_AT}. */
    public static final Instant NOW = Instant.parse("2026-11-25T12:30:00Z");

    @Bean
    @Primary
    Clock fixedTestClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    Snapshots snapshots(JdbcClient jdbc, RefreshStatusService status) {
        return new Snapshots(jdbc, status);
    }

}
