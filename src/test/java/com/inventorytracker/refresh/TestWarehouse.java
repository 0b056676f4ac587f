package com.inventorytracker.refresh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.inventorytracker.catalog.Category;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A small warehouse in the legacy API's own JSON: six products over three categories and
 * three manufacturers, with upper-case ids in the availability lists, rows for ids that
 * match no product, and a product without a row.
 */
public final class TestWarehouse {

	static final String GLOVE_IPPAL = "a1b2c3d4e5f60718293a";
	static final String GLOVE_OKKAU = "b2c3d4e5f60718293a4b";
	static final String MASK_IPPAL = "c3d4e5f60718293a4b5c";
	static final String MASK_OKKAU = "d4e5f60718293a4b5c6d";
	static final String BEANIE_OKKAU = "e5f60718293a4b5c6d7e";
	static final String BEANIE_ABIPLOS = "f60718293a4b5c6d7e8f";

	static final List<String> MANUFACTURERS = List.of("abiplos", "ippal", "okkau");

	/**
	 * The stored availability after a good run: the abiplos beanie has no row, so it is
	 * UNKNOWN.
	 */
	static final Map<String, String> GOOD_AVAILABILITY = Map.of(GLOVE_IPPAL, "INSTOCK", GLOVE_OKKAU, "OUTOFSTOCK",
			MASK_IPPAL, "LESSTHAN10", MASK_OKKAU, "INSTOCK", BEANIE_OKKAU, "LESSTHAN10", BEANIE_ABIPLOS, "UNKNOWN");

	private TestWarehouse() {
	}

	static String products(Category category) {
		return switch (category) {
			case GLOVES -> "[" + product(GLOVE_IPPAL, "gloves", "KOLHEMAK NORMAL", "[\"black\"]", 69, "ippal") + ","
					+ product(GLOVE_OKKAU, "gloves", "ÄKTIG LÖV", "[\"blue\",\"white\"]", 120, "okkau") + "]";
			case FACEMASKS -> "[" + product(MASK_IPPAL, "facemasks", "NYVEM RAPID", "[\"green\"]", 33, "ippal") + ","
					+ product(MASK_OKKAU, "facemasks", "TAIMA ÖKY", "[\"red\"]", 45, "okkau") + "]";
			case BEANIES -> "[" + product(BEANIE_OKKAU, "beanies", "REVOK SLIM", "[\"grey\"]", 25, "okkau") + ","
					+ product(BEANIE_ABIPLOS, "beanies", "ZOTAS", "[\"yellow\",\"purple\"]", 80, "abiplos") + "]";
		};
	}

	static String availability(String manufacturer) {
		return switch (manufacturer) {
			case "ippal" -> availability(
					Map.of(GLOVE_IPPAL, "INSTOCK", MASK_IPPAL, "LESSTHAN10", "ffff0000ffff0000ffff", "INSTOCK"));
			case "okkau" ->
				availability(Map.of(GLOVE_OKKAU, "OUTOFSTOCK", MASK_OKKAU, "INSTOCK", BEANIE_OKKAU, "LESSTHAN10"));
			case "abiplos" -> availability(Map.of("0000ffff0000ffff0000", "OUTOFSTOCK"));
			default -> throw new IllegalArgumentException(manufacturer);
		};
	}

	/**
	 * An availability envelope with one row per id (sent upper case, as the API does) and
	 * INSTOCKVALUE.
	 */
	public static String availability(Map<String, String> valuesById) {
		return envelope(new LinkedHashMap<>(valuesById).entrySet()
			.stream()
			.map(row -> row(row.getKey(), payload(row.getValue())))
			.collect(Collectors.joining(",")));
	}

	public static String envelope(String rows) {
		return "{\"code\":200,\"response\":[" + rows + "]}";
	}

	public static String row(String id, String payload) {
		return "{\"id\":\"" + id.toUpperCase(Locale.ROOT) + "\",\"DATAPAYLOAD\":\"" + payload + "\"}";
	}

	public static String payload(String value) {
		return "<AVAILABILITY>\\n  <CODE>200</CODE>\\n  <INSTOCKVALUE>" + value + "</INSTOCKVALUE>\\n</AVAILABILITY>";
	}

	static String productsPath(Category category) {
		return "/v2/products/" + category.slug();
	}

	static String availabilityPath(String manufacturer) {
		return "/v2/availability/" + manufacturer;
	}

	/** Every source answers well, unless a test stubs it otherwise (later stubs win). */
	static void stubGoodAnswers(WireMockServer upstream) {
		for (Category category : Category.values()) {
			upstream.stubFor(get(urlPathEqualTo(productsPath(category))).willReturn(okJson(products(category))));
		}
		for (String manufacturer : MANUFACTURERS) {
			upstream.stubFor(
					get(urlPathEqualTo(availabilityPath(manufacturer))).willReturn(okJson(availability(manufacturer))));
		}
	}

	static ResponseDefinitionBuilder goodAvailability(String manufacturer) {
		return okJson(availability(manufacturer));
	}

	private static String product(String id, String type, String name, String colors, int price, String manufacturer) {
		return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"color\":" + colors
				+ ",\"price\":" + price + ",\"manufacturer\":\"" + manufacturer + "\"}";
	}

}
