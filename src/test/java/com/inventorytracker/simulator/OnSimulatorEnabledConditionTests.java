package com.inventorytracker.simulator;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OnSimulatorEnabledConditionTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(ProbeConfiguration.class);

    @Test
    void onWhenNoUpstreamIsConfigured() {
        this.runner.run(context -> assertThat(context).hasSingleBean(Probe.class));
    }

    @Test
    void onWhenTheUpstreamAndTheSwitchAreBlank() {
        this.runner.withPropertyValues("inventory.upstream.base-url=", "inventory.simulator.enabled= ")
            .run(context -> assertThat(context).hasSingleBean(Probe.class));
    }

    @Test
    void offWhenAnUpstreamIsConfigured() {
        this.runner.withPropertyValues("inventory.upstream.base-url=https://legacy.example.test")
            .run(context -> assertThat(context).doesNotHaveBean(Probe.class));
    }

    @Test
    void onWhenSwitchedOnDespiteAnUpstream() {
        this.runner
            .withPropertyValues("inventory.upstream.base-url=https://legacy.example.test",
                    "inventory.simulator.enabled=true")
            .run(context -> assertThat(context).hasSingleBean(Probe.class));
    }

    @Test
    void offWhenSwitchedOffWithoutAnUpstream() {
        this.runner.withPropertyValues("inventory.simulator.enabled=false")
            .run(context -> assertThat(context).doesNotHaveBean(Probe.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class ProbeConfiguration {

        @Bean
        @ConditionalOnSimulatorEnabled
        Probe probe() {
            return new Probe();
        }

    }

    static class Probe {

    }

}
