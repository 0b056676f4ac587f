package com.inventorytracker.refresh;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.inventorytracker.catalog.Category;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.inventorytracker.refresh.TestWarehouse.BEANIE_ABIPLOS;
import static com.inventorytracker.refresh.TestWarehouse.GLOVE_IPPAL;
import static com.inventorytracker.refresh.TestWarehouse.GOOD_AVAILABILITY;
import static com.inventorytracker.refresh.TestWarehouse.MASK_IPPAL;
import static com.inventorytracker.refresh.TestWarehouse.availabilityPath;
import static com.inventorytracker.refresh.TestWarehouse.productsPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fault of the legacy API, once, then a good answer: the refresh retries exactly as
 * often as needed and stores the good data. A 404 is not retried and keeps the category's
 * previous products.
 */
class RefreshFaultsTests extends UpstreamStubbedTest {

	@Test
	void builtInFailureFlaggedOnlyByTheHeaderIsRetried() {
		failOnceThenAnswer(availabilityPath("ippal"),
				TestWarehouse.goodAvailability("ippal").withHeader("X-Error-Modes-Active", "availability-empty"),
				TestWarehouse.goodAvailability("ippal"));

		refreshService.refresh();

		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(availabilityPath("ippal"))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
		assertThat(statusService.current().staleSources()).isEmpty();
	}

	@Test
	void builtInFailureWithoutItsHeaderIsDetectedByTheBody() {
		failOnceThenAnswer(availabilityPath("ippal"), okJson("{\"code\":200,\"response\":\"[]\"}"),
				TestWarehouse.goodAvailability("ippal"));

		refreshService.refresh();

		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(availabilityPath("ippal"))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
	}

	@Test
	void serviceUnavailableWithHtmlIsRetried() {
		failOnceThenAnswer(availabilityPath("okkau"),
				aResponse().withStatus(503)
					.withHeader("Content-Type", "text/html")
					.withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"),
				TestWarehouse.goodAvailability("okkau"));

		refreshService.refresh();

		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(availabilityPath("okkau"))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
	}

	/**
	 * The JDK client itself repeats a GET once when the connection dies before the first
	 * byte of the answer, so one try of ours is two requests here: the first try meets
	 * two resets, the second the answer.
	 */
	@Test
	void connectionResetIsRetried() {
		String path = productsPath(Category.GLOVES);
		upstream.stubFor(scenario(path).whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("reset again"));
		failOnceThenAnswerAfter("reset again", path, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
				okJson(TestWarehouse.products(Category.GLOVES)));

		refreshService.refresh();

		upstream.verify(exactly(3), getRequestedFor(urlPathEqualTo(path)));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
	}

	@Test
	void jsonCutOffMidwayIsRetried() {
		String whole = TestWarehouse.products(Category.FACEMASKS);
		failOnceThenAnswer(productsPath(Category.FACEMASKS), okJson(whole.substring(0, whole.length() / 2)),
				okJson(whole));

		refreshService.refresh();

		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(productsPath(Category.FACEMASKS))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
	}

	@Test
	void malformedResponseChunkIsRetried() {
		failOnceThenAnswer(availabilityPath("okkau"), aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
				TestWarehouse.goodAvailability("okkau"));

		refreshService.refresh();

		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(availabilityPath("okkau"))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
	}

	@Test
	void emptyBodyIsRetried() {
		failOnceThenAnswer(availabilityPath("abiplos"), aResponse().withStatus(200),
				TestWarehouse.goodAvailability("abiplos"));

		refreshService.refresh();

		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(availabilityPath("abiplos"))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
	}

	@Test
	void answerSlowerThanTheReadTimeoutIsAbandonedAndRetried() {
		failOnceThenAnswer(productsPath(Category.BEANIES),
				okJson(TestWarehouse.products(Category.BEANIES)).withFixedDelay(5000),
				okJson(TestWarehouse.products(Category.BEANIES)));

		refreshService.refresh();

		upstream.verify(exactly(2), getRequestedFor(urlPathEqualTo(productsPath(Category.BEANIES))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
	}

	@Test
	void categoryNotFoundIsNotRetriedAndKeepsItsPreviousProducts() {
		refreshService.refresh();
		upstream.resetRequests();
		upstream.stubFor(get(urlPathEqualTo(productsPath(Category.BEANIES))).willReturn(aResponse().withStatus(404)));

		refreshService.refresh();

		upstream.verify(exactly(1), getRequestedFor(urlPathEqualTo(productsPath(Category.BEANIES))));
		assertThat(storedAvailability()).isEqualTo(GOOD_AVAILABILITY);
		assertThat(statusService.current().categories()).filteredOn(source -> source.name().equals("beanies"))
			.singleElement()
			.satisfies(beanies -> {
				assertThat(beanies.stale()).isTrue();
				assertThat(beanies.lastError()).isEqualTo("HTTP 404");
				assertThat(beanies.count()).isEqualTo(2);
			});
	}

	@Test
	void unknownOrBrokenInstockValueIsStoredAsUnknown() {
		upstream.stubFor(get(urlPathEqualTo(availabilityPath("ippal")))
			.willReturn(okJson(TestWarehouse.envelope(TestWarehouse.row(GLOVE_IPPAL, TestWarehouse.payload("MAYBE"))
					+ "," + TestWarehouse.row(MASK_IPPAL, "<AVAILABILITY><INSTOCKVALUE>INSTOCK</AVAIL")))));

		refreshService.refresh();

		upstream.verify(exactly(1), getRequestedFor(urlPathEqualTo(availabilityPath("ippal"))));
		Map<String, String> expected = new HashMap<>(GOOD_AVAILABILITY);
		expected.put(GLOVE_IPPAL, "UNKNOWN");
		expected.put(MASK_IPPAL, "UNKNOWN");
		assertThat(storedAvailability()).isEqualTo(expected);
		assertThat(statusService.current().staleSources()).isEmpty();
	}

	@Test
	void productWithoutAvailabilityRowIsStoredAsUnknownNeverDropped() {
		refreshService.refresh();

		assertThat(storedAvailability()).containsEntry(BEANIE_ABIPLOS, "UNKNOWN").hasSize(6);
		assertThat(jdbc.sql("SELECT availability_checked_at FROM product WHERE id = :id")
			.param("id", BEANIE_ABIPLOS)
			.query(Long.class)
			.optional()).isEmpty();
	}

	private void failOnceThenAnswer(String path, ResponseDefinitionBuilder failure, ResponseDefinitionBuilder good) {
		failOnceThenAnswerAfter(STARTED, path, failure, good);
	}

	private void failOnceThenAnswerAfter(String state, String path, ResponseDefinitionBuilder failure,
			ResponseDefinitionBuilder good) {
		upstream.stubFor(scenario(path).whenScenarioStateIs(state).willReturn(failure).willSetStateTo("answered"));
		upstream.stubFor(scenario(path).whenScenarioStateIs("answered").willReturn(good));
	}

	private static ScenarioMappingBuilder scenario(String path) {
		return get(urlPathEqualTo(path)).inScenario("fault at " + path);
	}

}
