package com.inventorytracker.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "inventory.upstream.base-url=http://legacy.example.test", "inventory.simulator.enabled=true" })
class SimulatorForcedOnTests {

    @LocalServerPort
    private int port;

    @Test
    void enabledSimulatorServesEvenWhileAnUpstreamIsConfigured() {
        SimulatorClient client = new SimulatorClient(this.port);

        JsonNode gloves = client.products("gloves");
        JsonNode availability = client.parse(client.goodAvailability(gloves.get(0).get("manufacturer").stringValue()));

        assertThat(gloves.size()).isGreaterThan(5_000);
        assertThat(gloves.get(0).get("type").stringValue()).isEqualTo("gloves");
        assertThat(availability.get("response").size()).isGreaterThan(5_000);
    }

}
