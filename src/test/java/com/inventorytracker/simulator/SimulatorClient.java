package com.inventorytracker.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks to the running simulator over real HTTP, as a client of the legacy API would. */
final class SimulatorClient {

	static final List<String> CATEGORIES = List.of("gloves", "facemasks", "beanies");

	private static final int MAX_TRIES = 50;

	/** The original's DATAPAYLOAD around its INSTOCKVALUE. */
	private static final String PAYLOAD = """
			<AVAILABILITY>
			  <CODE>200</CODE>
			  <INSTOCKVALUE>%s</INSTOCKVALUE>
			</AVAILABILITY>""";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	SimulatorClient(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<byte[]> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	JsonNode parse(HttpResponse<byte[]> response) {
		return this.json.readTree(response.body());
	}

	/** The products of a category, which must have been answered 200. */
	JsonNode products(String category) {
		HttpResponse<byte[]> response = get("/bad-api/v2/products/" + category);
		assertThat(response.statusCode()).isEqualTo(200);
		return parse(response);
	}

	/** Every manufacturer the products name, sorted. */
	List<String> manufacturers() {
		TreeSet<String> manufacturers = new TreeSet<>();
		CATEGORIES.forEach(category -> products(category).values()
			.forEach(product -> manufacturers.add(product.get("manufacturer").stringValue())));
		return List.copyOf(manufacturers);
	}

	/**
	 * A manufacturer's availability answer, asked again as a client would until it is not
	 * the built-in failure.
	 */
	HttpResponse<byte[]> goodAvailability(String manufacturer) {
		for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
			HttpResponse<byte[]> response = get("/bad-api/v2/availability/" + manufacturer);
			assertThat(response.statusCode()).isEqualTo(200);
			if (!isFailure(response)) {
				return response;
			}
		}
		throw new AssertionError("No good availability answer for " + manufacturer + " in " + MAX_TRIES + " tries");
	}

	/** The rows of a manufacturer's good availability answer. */
	List<Map.Entry<String, String>> availabilityRows(String manufacturer) {
		return rows(goodAvailability(manufacturer));
	}

	/**
	 * The rows of an availability answer, in answer order: id to the INSTOCKVALUE of its
	 * payload.
	 */
	List<Map.Entry<String, String>> rows(HttpResponse<byte[]> response) {
		List<Map.Entry<String, String>> rows = new ArrayList<>();
		parse(response).get("response")
			.values()
			.forEach(row -> rows
				.add(Map.entry(row.get("id").stringValue(), inStockValue(row.get("DATAPAYLOAD").stringValue()))));
		return rows;
	}

	static boolean isFailure(HttpResponse<byte[]> response) {
		return response.headers().firstValue(SimulatorController.ERROR_MODES_HEADER).isPresent();
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	/**
	 * The INSTOCKVALUE of a DATAPAYLOAD that is byte for byte one the original wrote;
	 * anything else names itself as not the original's.
	 */
	static String inStockValue(String payload) {
		return Stream.of("INSTOCK", "LESSTHAN10", "OUTOFSTOCK")
			.filter(value -> PAYLOAD.formatted(value).equals(payload))
			.findFirst()
			.orElse("not the original's payload: " + payload);
	}

}
