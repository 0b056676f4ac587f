package com.inventorytracker.simulator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@InventoryWebTest
class SimulatorProductsTests {

	private static final Set<String> COLOURS = Set.of("black", "blue", "green", "grey", "purple", "red", "white",
			"yellow");

	private final SimulatorClient client;

	SimulatorProductsTests(@LocalServerPort int port) {
		this.client = new SimulatorClient(port);
	}

	@Test
	void everyCategoryServesThousandsOfProductsInTheOriginalShape() {
		Set<String> ids = new HashSet<>();
		Set<String> manufacturers = new HashSet<>();
		for (String category : SimulatorClient.CATEGORIES) {
			JsonNode products = this.client.products(category);
			assertThat(products.isArray()).isTrue();
			assertThat(products.size()).isBetween(5_500, 7_500);
			for (JsonNode product : products) {
				assertThat(product.propertyNames()).containsExactly("id", "type", "name", "color", "price",
						"manufacturer");
				assertThat(product.get("id").stringValue()).matches("[0-9a-f]{18,24}");
				assertThat(product.get("type").stringValue()).isEqualTo(category);
				assertThat(product.get("name").stringValue()).matches("[A-ZÄÖ]+( [A-ZÄÖ]+)+");
				assertThat(product.get("price").isInt()).isTrue();
				assertThat(product.get("price").intValue()).isBetween(10, 999);
				assertThat(product.get("manufacturer").stringValue()).matches("[a-z]+");
				assertColours(product.get("color"));
				ids.add(product.get("id").stringValue());
				manufacturers.add(product.get("manufacturer").stringValue());
			}
		}
		assertThat(ids).hasSizeBetween(17_000, 21_000);
		assertThat(manufacturers).hasSize(6).isSubsetOf(Catalogue.MANUFACTURER_POOL);
	}

	private static void assertColours(JsonNode colours) {
		assertThat(colours.isArray()).isTrue();
		List<String> values = new ArrayList<>();
		colours.values().forEach(colour -> values.add(colour.stringValue()));
		assertThat(values).hasSizeBetween(1, 2).doesNotHaveDuplicates().isSubsetOf(COLOURS);
	}

	@Test
	void productNamesArriveAsUtf8WithTheirUmlautsIntact() {
		HttpResponse<byte[]> response = this.client.get("/bad-api/v2/products/gloves");

		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json").containsIgnoringCase("charset=UTF-8"));
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("\uFFFD").doesNotContain("\\u00");
		List<String> names = new ArrayList<>();
		this.client.parse(response).values().forEach(product -> names.add(product.get("name").stringValue()));
		assertThat(names).filteredOn(name -> name.contains("Ä")).hasSizeGreaterThan(100);
		assertThat(names).filteredOn(name -> name.contains("Ö")).hasSizeGreaterThan(100);
	}

	@Test
	void productsCarryAStrongEtagThatAMatchingIfNoneMatchTurnsInto304() {
		HttpResponse<byte[]> first = this.client.get("/bad-api/v2/products/beanies");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> notModified = this.client.get("/bad-api/v2/products/beanies", "If-None-Match", etag);
		HttpResponse<byte[]> otherTag = this.client.get("/bad-api/v2/products/beanies", "If-None-Match", "\"older\"");

		assertThat(etag).matches("\"[0-9a-f]{16}\"");
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
		assertThat(notModified.body()).isEmpty();
		assertThat(otherTag.statusCode()).isEqualTo(200);
		assertThat(otherTag.body()).isEqualTo(first.body());
		assertThat(this.client.get("/bad-api/v2/products/gloves").headers().firstValue("ETag")).isPresent()
			.isNotEqualTo(etag);
	}

	@Test
	void unknownCategoryAndUnknownPathsAnswer404() {
		for (String path : List.of("/bad-api/v2/products/shoes", "/bad-api/v2/products/GLOVES",
				"/bad-api/v2/products/gloves/extra", "/bad-api/v1/products/gloves", "/bad-api/v2/stock/ippal")) {
			HttpResponse<byte[]> response = this.client.get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(SimulatorClient.text(response)).as(path).isEqualTo("Not Found");
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
		}
		// the bare prefix is a one-segment path, which the pages answer as an unknown
		// category
		assertThat(this.client.get("/bad-api").statusCode()).isEqualTo(404);
	}

}
