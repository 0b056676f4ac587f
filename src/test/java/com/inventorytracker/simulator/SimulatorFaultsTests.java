package com.inventorytracker.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The failure rate switched while the simulator runs; the same context as the other
 * simulator HTTP tests.
 */
@InventoryWebTest
class SimulatorFaultsTests {

	@Autowired
	private SimulatorFaults faults;

	private final SimulatorClient client;

	SimulatorFaultsTests(@LocalServerPort int port) {
		this.client = new SimulatorClient(port);
	}

	@AfterEach
	void restoreConfiguredRate() {
		this.faults.availabilityFailureRate(0.25);
	}

	@Test
	void diceFollowTheRateFromTheNextRollOn() {
		SimulatorFaults faults = faults(0);

		assertThat(rolls(faults, 200)).as("failures at rate 0").isZero();
		faults.availabilityFailureRate(1);
		assertThat(rolls(faults, 200)).as("failures at rate 1").isEqualTo(200);
		faults.availabilityFailureRate(0.25);
		assertThat(rolls(faults, 2000)).as("failures at rate 0.25").isBetween(400L, 600L);
		faults.availabilityFailureRate(0);
		assertThat(rolls(faults, 200)).as("failures at rate 0 again").isZero();
	}

	@Test
	void rateOutsideZeroToOneIsRefusedAndTheOldRateStays() {
		SimulatorFaults faults = faults(0);

		assertThatIllegalArgumentException().isThrownBy(() -> faults.availabilityFailureRate(1.5))
			.withMessageContaining("between 0 and 1");
		assertThatIllegalArgumentException().isThrownBy(() -> faults.availabilityFailureRate(-0.1));
		assertThatIllegalArgumentException().isThrownBy(() -> faults.availabilityFailureRate(Double.NaN));
		assertThat(rolls(faults, 200)).as("failures at the rate before, 0").isZero();
	}

	/**
	 * Asks with the current ETag, so that good answers come back as small 304s and only
	 * failures carry a body.
	 */
	@Test
	void runningSimulatorFailsEveryAvailabilityRequestOnceTheRateIsOneAndNoneAtZero() {
		String manufacturer = this.client.manufacturers().get(0);
		String etag = this.client.goodAvailability(manufacturer).headers().firstValue("ETag").orElseThrow();

		this.faults.availabilityFailureRate(1);
		assertThat(answers(manufacturer, etag, 30)).as("answers at rate 1").containsOnly("failure");
		this.faults.availabilityFailureRate(0);
		assertThat(answers(manufacturer, etag, 30)).as("answers at rate 0").containsOnly("304");
	}

	private static SimulatorFaults faults(double rate) {
		return new SimulatorFaults(
				new SimulatorProperties(rate, Duration.ZERO, 42L, Duration.ofMinutes(5), Duration.ofHours(6)));
	}

	private static long rolls(SimulatorFaults faults, int count) {
		return IntStream.range(0, count).filter(i -> faults.roll()).count();
	}

	private List<String> answers(String manufacturer, String etag, int requests) {
		return IntStream.range(0, requests)
			.mapToObj(i -> this.client.get("/bad-api/v2/availability/" + manufacturer, "If-None-Match", etag))
			.map(SimulatorFaultsTests::kind)
			.toList();
	}

	private static String kind(HttpResponse<byte[]> response) {
		if (response.statusCode() == 304) {
			return "304";
		}
		return SimulatorClient.isFailure(response) ? "failure" : "other: HTTP " + response.statusCode();
	}

}
