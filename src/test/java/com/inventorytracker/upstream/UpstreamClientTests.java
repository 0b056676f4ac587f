package com.inventorytracker.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.refresh.TestWarehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The client on its own, against WireMock: what it sends, what it accepts, and how it
 * reports failure.
 */
class UpstreamClientTests {

	static final WireMockServer upstream = new WireMockServer(options().dynamicPort());

	static final String GLOVES = "/v2/products/gloves";

	static final String IPPAL = "/v2/availability/ippal";

	UpstreamClient client;

	@BeforeEach
	void startUpstream() {
		if (!upstream.isRunning()) {
			upstream.start();
		}
		upstream.resetAll();
		client = client(Duration.ofSeconds(10), 2);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.stop();
	}

	@Test
	void readTimeoutEndsEachTryAndTheFailureSaysSo() {
		upstream.stubFor(get(urlPathEqualTo(GLOVES)).willReturn(okJson("[]").withFixedDelay(3000)));
		UpstreamClient impatient = client(Duration.ofMillis(300), 2);

		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> impatient.products(Category.GLOVES))
			.satisfies(ex -> {
				assertThat(ex.source()).isEqualTo("products/gloves");
				assertThat(ex.reason()).isEqualTo("no answer within the read timeout of 300ms (2 attempts)");
			});
		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(GLOVES)));
	}

	@Test
	void missingCategoryIsAskedForOnceAndNamedInTheFailure() {
		upstream.stubFor(get(urlPathEqualTo(GLOVES)).willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> client.products(Category.GLOVES))
			.withMessage("products/gloves: HTTP 404")
			.satisfies(ex -> assertThat(ex.retryable()).isFalse())
			.satisfies(ex -> assertThat(ex).hasNoCause());
		upstream.verify(exactly(1), getRequestedFor(urlPathEqualTo(GLOVES)));
	}

	@Test
	void productsAreNormalisedAndIncompleteOnesSkipped() {
		upstream.stubFor(get(urlPathEqualTo(GLOVES)).willReturn(okJson("""
				[{"id":"ABC123def456abc123de","type":"gloves","name":"ÄKTIG LÖV","color":["Blue","white"],
				  "price":120,"manufacturer":"Okkau","extra":true},
				 {"id":"bcd234","type":"gloves","name":"NO PRICE","color":["black"],"manufacturer":"okkau"}]
				""")));

		assertThat(client.products(Category.GLOVES)).containsExactly(
				new UpstreamProduct("abc123def456abc123de", "ÄKTIG LÖV", List.of("blue", "white"), 120, "okkau"));
	}

	@Test
	void emptyProductListIsAFailureRatherThanAnEmptyCategory() {
		upstream.stubFor(get(urlPathEqualTo(GLOVES)).willReturn(okJson("[]")));

		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> client.products(Category.GLOVES))
			.withMessage("products/gloves: no products in the answer (2 attempts)");
	}

	@Test
	void availabilityIsKeyedByLowerCaseIdSoUpperCaseRowsJoin() {
		upstream.stubFor(get(urlPathEqualTo(IPPAL)).willReturn(okJson(TestWarehouse
			.availability(Map.of("A1B2C3D4E5F60718293A", "INSTOCK", "0000FFFF0000FFFF0000", "OUTOFSTOCK")))));

		ManufacturerAvailability availability = client.availability("ippal");

		assertThat(availability.byProductId()).containsOnly(entry("a1b2c3d4e5f60718293a", Availability.INSTOCK),
				entry("0000ffff0000ffff0000", Availability.OUTOFSTOCK));
	}

	@Test
	void payloadsWithDocumentTypesOrEntitiesAreNeverResolved() {
		String xxe = "<?xml version=\\\"1.0\\\"?><!DOCTYPE a [<!ENTITY e SYSTEM \\\"" + upstream.baseUrl()
				+ "/secret\\\">]><AVAILABILITY><INSTOCKVALUE>&e;</INSTOCKVALUE></AVAILABILITY>";
		upstream.stubFor(get(urlPathEqualTo(IPPAL)).willReturn(okJson(TestWarehouse.envelope(
				TestWarehouse.row("A1", xxe) + "," + TestWarehouse.row("B2", TestWarehouse.payload("LESSTHAN10"))))));

		ManufacturerAvailability availability = client.availability("ippal");

		assertThat(availability.byProductId()).containsOnly(entry("a1", Availability.UNKNOWN),
				entry("b2", Availability.LESSTHAN10));
		upstream.verify(exactly(0), getRequestedFor(urlPathEqualTo("/secret")));
	}

	@Test
	void lastAnswerIsReusedWhenTheApiSaysNotModified() {
		upstream.stubFor(get(urlPathEqualTo(IPPAL))
			.willReturn(okJson(TestWarehouse.availability(Map.of("A1", "OUTOFSTOCK"))).withHeader("ETag", "W/\"v7\"")));
		ManufacturerAvailability first = client.availability("ippal");
		upstream.stubFor(get(urlPathEqualTo(IPPAL)).withHeader("If-None-Match", equalTo("W/\"v7\""))
			.willReturn(aResponse().withStatus(304)));

		ManufacturerAvailability second = client.availability("ippal");

		assertThat(second).isSameAs(first);
		upstream.verify(exactly(1),
				getRequestedFor(urlPathEqualTo(IPPAL)).withHeader("If-None-Match", equalTo("W/\"v7\"")));
	}

	@Test
	void embeddedSimulatorOfThisServerIsAskedWhenNoBaseUrlIsConfigured() {
		upstream.stubFor(get(urlPathEqualTo("/bad-api" + GLOVES)).willReturn(okJson("""
				[{"id":"A1","name":"KOLHEMAK","color":["black"],"price":69,"manufacturer":"ippal"}]""")));
		UpstreamClient embedded = new UpstreamClient(RestClient.builder(), properties(null, Duration.ofSeconds(10), 1),
				new MockEnvironment().withProperty("local.server.port", String.valueOf(upstream.port())));

		assertThat(embedded.products(Category.GLOVES)).extracting(UpstreamProduct::id).containsExactly("a1");
	}

	private static UpstreamClient client(Duration readTimeout, int maxAttempts) {
		return new UpstreamClient(RestClient.builder(),
				properties(URI.create(upstream.baseUrl()), readTimeout, maxAttempts), new MockEnvironment());
	}

	private static UpstreamProperties properties(URI baseUrl, Duration readTimeout, int maxAttempts) {
		return new UpstreamProperties(baseUrl, Duration.ofSeconds(1), readTimeout, maxAttempts, Duration.ofMillis(1),
				1.0, Duration.ofMillis(1), Duration.ZERO);
	}

}
