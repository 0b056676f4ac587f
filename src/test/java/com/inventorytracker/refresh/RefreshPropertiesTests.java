package com.inventorytracker.refresh;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshPropertiesTests {

    @Test
    void defaultsAreFiveMinutesWithAFourMinuteDeadlineOnASchedule() {
        RefreshProperties properties = bind(Map.of());

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.deadline()).isEqualTo(Duration.ofMinutes(4));
        assertThat(properties.schedulerEnabled()).isTrue();
    }

    @Test
    void deadlineIsCutToFourFifthsOfAShortInterval() {
        RefreshProperties properties = bind(Map.of("inventory.refresh.interval", "30s"));

        assertThat(properties.deadline()).isEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void shorterDeadlineIsKeptAndTheSchedulerCanBeSwitchedOff() {
        RefreshProperties properties = bind(Map.of(
                "inventory.refresh.deadline", "90s",
                "inventory.refresh.scheduler-enabled", "false"));

        assertThat(properties.deadline()).isEqualTo(Duration.ofSeconds(90));
        assertThat(properties.schedulerEnabled()).isFalse();
    }

    private static RefreshProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
            .bindOrCreate("inventory.refresh", RefreshProperties.class);
    }

}
