package com.inventorytracker.simulator;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "inventory.upstream.base-url=http://legacy.example.test")
class SimulatorOffWithUpstreamTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void simulatorRoutesDoNotExistWhileAnUpstreamIsConfigured() {
		SimulatorClient client = new SimulatorClient(this.port);

		HttpResponse<byte[]> products = client.get("/bad-api/v2/products/gloves");
		HttpResponse<byte[]> availability = client.get("/bad-api/v2/availability/ippal");

		assertThat(products.statusCode()).isEqualTo(404);
		assertThat(SimulatorClient.text(products)).doesNotContain("\"type\":\"gloves\"");
		assertThat(availability.statusCode()).isEqualTo(404);
		assertThat(SimulatorClient.text(availability)).doesNotContain("\"response\"");
		assertThat(this.context.getBeanNamesForType(SimulatorController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SimulatorFaults.class)).isEmpty();
	}

}
