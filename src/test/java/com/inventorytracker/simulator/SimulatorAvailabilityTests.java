package com.inventorytracker.simulator;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@InventoryWebTest
class SimulatorAvailabilityTests {

	private final SimulatorClient client;

	SimulatorAvailabilityTests(@LocalServerPort int port) {
		this.client = new SimulatorClient(port);
	}

	@Test
	void envelopeCarriesUpperCaseIdsAndTheOriginalXmlPayload() {
		String manufacturer = this.client.manufacturers().get(0);
		HttpResponse<byte[]> response = this.client.goodAvailability(manufacturer);
		JsonNode envelope = this.client.parse(response);

		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json").containsIgnoringCase("charset=UTF-8"));
		assertThat(response.body().length).isBetween(600_000, 1_600_000);
		assertThat(envelope.propertyNames()).containsExactly("code", "response");
		assertThat(envelope.get("code").intValue()).isEqualTo(200);
		assertThat(envelope.get("response").isArray()).isTrue();
		assertThat(envelope.get("response").size()).isBetween(5_000, 7_500);
		for (JsonNode row : envelope.get("response")) {
			assertThat(row.propertyNames()).containsExactly("id", "DATAPAYLOAD");
			assertThat(row.get("id").stringValue()).matches("[0-9A-F]{18,24}");
			assertThat(SimulatorClient.inStockValue(row.get("DATAPAYLOAD").stringValue())).isIn("INSTOCK", "LESSTHAN10",
					"OUTOFSTOCK");
		}
	}

	@Test
	void everyProductOfAManufacturerHasAtMostOneRowAndAHandfulHaveNone() {
		Map<String, String> manufacturerOfProduct = new HashMap<>();
		SimulatorClient.CATEGORIES.forEach(category -> this.client.products(category)
			.values()
			.forEach(product -> manufacturerOfProduct.put(product.get("id").stringValue().toUpperCase(Locale.ROOT),
					product.get("manufacturer").stringValue())));
		int withoutRow = 0;
		for (String manufacturer : this.client.manufacturers()) {
			List<String> ids = this.client.availabilityRows(manufacturer).stream().map(Map.Entry::getKey).toList();
			Set<String> products = new HashSet<>();
			manufacturerOfProduct.forEach((id, maker) -> {
				if (maker.equals(manufacturer)) {
					products.add(id);
				}
			});
			List<String> matched = ids.stream().filter(products::contains).toList();
			List<String> unmatched = ids.stream().filter(id -> !manufacturerOfProduct.containsKey(id)).toList();

			assertThat(new HashSet<>(ids)).as(manufacturer + " rows with distinct ids").hasSize(ids.size());
			assertThat(matched.size() + unmatched.size()).as("rows for another manufacturer's products")
				.isEqualTo(ids.size());
			assertThat(matched.size()).as(manufacturer).isBetween((int) (products.size() * 0.99), products.size());
			assertThat(unmatched.size()).as(manufacturer)
				.isBetween((int) (matched.size() * 0.8), (int) (matched.size() * 1.2));
			assertThat(ids.size()).as(manufacturer).isBetween(5_500, 7_500);
			withoutRow += products.size() - matched.size();
		}
		assertThat(withoutRow).as("products without a row").isBetween(1, 200);
	}

	@Test
	void availabilityValuesFollowTheOriginalsShares() {
		Map<String, Integer> counts = new HashMap<>();
		int rows = 0;
		for (String manufacturer : this.client.manufacturers()) {
			for (Map.Entry<String, String> row : this.client.availabilityRows(manufacturer)) {
				counts.merge(row.getValue(), 1, Integer::sum);
				rows++;
			}
		}
		assertThat(counts).containsOnlyKeys("INSTOCK", "LESSTHAN10", "OUTOFSTOCK");
		assertThat(counts.get("INSTOCK") / (double) rows).isBetween(0.88, 0.92);
		assertThat(counts.get("LESSTHAN10") / (double) rows).isBetween(0.04, 0.06);
		assertThat(counts.get("OUTOFSTOCK") / (double) rows).isBetween(0.04, 0.06);
	}

	/**
	 * Asks with the current ETag, so that good answers come back as small 304s and only
	 * the failures carry a body: the failure is decided before the ETag is compared.
	 */
	@Test
	void builtInFailureHitsAboutAQuarterOfTheRequests() {
		String manufacturer = this.client.manufacturers().get(1);
		String etag = this.client.goodAvailability(manufacturer).headers().firstValue("ETag").orElseThrow();
		int failures = 0;
		int notModified = 0;
		for (int i = 0; i < 400; i++) {
			HttpResponse<byte[]> response = this.client.get("/bad-api/v2/availability/" + manufacturer, "If-None-Match",
					etag);
			if (response.statusCode() == 304) {
				notModified++;
			}
			else if (SimulatorClient.isFailure(response)
					&& SimulatorClient.text(response).equals(SimulatorController.FAILURE_BODY)) {
				failures++;
			}
		}
		assertThat(failures + notModified).as("every answer a 304 or the built-in failure").isEqualTo(400);
		assertThat(failures).isBetween(72, 128);
	}

	@Test
	void forcedFailureAnswersTheOriginalsEmptyShape() {
		String manufacturer = this.client.manufacturers().get(2);
		for (int i = 0; i < 20; i++) {
			HttpResponse<byte[]> response = this.client.get("/bad-api/v2/availability/" + manufacturer,
					"x-force-error-mode", "all");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(SimulatorClient.text(response)).isEqualTo("{\"code\":200,\"response\":\"[]\"}");
			assertThat(response.headers().firstValue("X-Error-Modes-Active")).hasValue("availability-empty");
			assertThat(response.headers().firstValue("ETag")).isEmpty();
		}
	}

	@Test
	void forcedFailureWinsOverAMatchingIfNoneMatch() {
		String manufacturer = this.client.manufacturers().get(3);
		String etag = this.client.goodAvailability(manufacturer).headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> response = this.client.get("/bad-api/v2/availability/" + manufacturer, "If-None-Match",
				etag, "x-force-error-mode", "all");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(SimulatorClient.text(response)).isEqualTo(SimulatorController.FAILURE_BODY);
		assertThat(response.headers().firstValue("X-Error-Modes-Active")).hasValue("availability-empty");
	}

	@Test
	void goodAvailabilityCarriesAnEtagThatAMatchingIfNoneMatchTurnsInto304() {
		String manufacturer = this.client.manufacturers().get(4);
		String etag = this.client.goodAvailability(manufacturer).headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> notModified = null;
		for (int i = 0; i < 50 && notModified == null; i++) {
			HttpResponse<byte[]> response = this.client.get("/bad-api/v2/availability/" + manufacturer, "If-None-Match",
					etag);
			notModified = (response.statusCode() == 304) ? response : null;
		}

		assertThat(etag).matches("\"[0-9a-f]{16}\"");
		assertThat(notModified).isNotNull();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
		assertThat(notModified.body()).isEmpty();
	}

	@Test
	void unknownManufacturerGetsAGoodEnvelopeWithNoRows() {
		HttpResponse<byte[]> response = this.client.goodAvailability("nosuchmaker");

		assertThat(SimulatorClient.text(response)).isEqualTo("{\"code\":200,\"response\":[]}");
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
	}

}
