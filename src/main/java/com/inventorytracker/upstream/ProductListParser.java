package com.inventorytracker.upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams a category's JSON array into {@link UpstreamProduct}s. A body that is not a
 * whole array is a failed fetch (it would otherwise wipe the category); a single element
 * without id, name, price or manufacturer is skipped.
 */
final class ProductListParser {

	private ProductListParser() {
	}

	/** {@code parser} stands on the body's first token. */
	static List<UpstreamProduct> parse(String source, JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new UpstreamException(source, "body is not a JSON array", true);
		}
		List<UpstreamProduct> products = new ArrayList<>(8192);
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
			ProductJson json = parser.readValueAs(ProductJson.class);
			if (json.usable()) {
				products.add(json.normalized());
			}
		}
		if (token != JsonToken.END_ARRAY) {
			throw new UpstreamException(source, "body is cut off or not an array of products", true);
		}
		if (products.isEmpty()) {
			// The API never had an empty category; taking it at its word would empty a
			// table
			throw new UpstreamException(source, "no products in the answer", true);
		}
		return products;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProductJson(String id, String name, List<String> color, Integer price, String manufacturer) {

		boolean usable() {
			return notBlank(id) && notBlank(name) && price != null && notBlank(manufacturer);
		}

		UpstreamProduct normalized() {
			List<String> colors = color == null ? List.of()
					: color.stream()
						.filter(Objects::nonNull)
						.map(value -> value.strip().toLowerCase(Locale.ROOT))
						.filter(value -> !value.isEmpty() && value.indexOf(',') < 0)
						.toList();
			return new UpstreamProduct(id.strip().toLowerCase(Locale.ROOT), name.strip(), colors, price,
					manufacturer.strip().toLowerCase(Locale.ROOT));
		}

		private static boolean notBlank(String value) {
			return value != null && !value.isBlank();
		}

	}

}
