package com.inventorytracker.upstream;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.inventorytracker.catalog.Availability;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams the legacy API's two bodies, from a parser standing on their first token,
 * without building a tree of a body of up to 1.5 MB. A body that is not whole is a failed
 * fetch (it would otherwise wipe data); a single unusable element is skipped.
 */
final class UpstreamBodies {

	private UpstreamBodies() {
	}

	/**
	 * A category's JSON array; an element without id, name, price or manufacturer is
	 * skipped.
	 */
	static List<UpstreamProduct> products(String source, JsonParser parser) {
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

	/**
	 * An availability envelope
	 * {@code {"code":200,"response":[{"id":..,"DATAPAYLOAD":..}]}} by lower-case product
	 * id. A {@code response} that is not an array is the API's built-in failure, whether
	 * or not its header said so; a payload without a readable {@code INSTOCKVALUE} is
	 * {@link Availability#UNKNOWN} for its row.
	 */
	static ManufacturerAvailability availability(String source, JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new UpstreamException(source, "body is not a JSON object", true);
		}
		Map<String, Availability> rows = null;
		String field;
		while ((field = parser.nextName()) != null) {
			JsonToken value = parser.nextToken();
			if (!"response".equals(field)) {
				parser.skipChildren();
			}
			else if (value == JsonToken.START_ARRAY) {
				rows = availabilityRows(source, parser);
			}
			else {
				throw new UpstreamException(source,
						"built-in failure (response is " + describe(parser, value) + ", not an array)", true);
			}
		}
		if (parser.currentToken() != JsonToken.END_OBJECT) {
			throw new UpstreamException(source, "body is cut off", true);
		}
		if (rows == null) {
			throw new UpstreamException(source, "no response field in the answer", true);
		}
		if (rows.isEmpty()) {
			// A manufacturer is only asked for because it has products, so an empty list
			// is a failure too
			throw new UpstreamException(source, "built-in failure (empty response array)", true);
		}
		return new ManufacturerAvailability(Collections.unmodifiableMap(rows));
	}

	private static Map<String, Availability> availabilityRows(String source, JsonParser parser) {
		XMLInputFactory xml = secureXmlFactory();
		// the payloads of one body are a handful of distinct strings: each is parsed once
		Map<String, Availability> byPayload = new HashMap<>();
		Map<String, Availability> rows = new HashMap<>(16384);
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			AvailabilityJson row = parser.readValueAs(AvailabilityJson.class);
			if (row.id() != null && !row.id().isBlank()) {
				rows.put(row.id().strip().toLowerCase(Locale.ROOT), row.payload() == null ? Availability.UNKNOWN
						: byPayload.computeIfAbsent(row.payload(), payload -> inStockValue(xml, payload)));
			}
		}
		if (parser.currentToken() != JsonToken.END_ARRAY) {
			throw new UpstreamException(source, "response holds something other than availability rows", true);
		}
		return rows;
	}

	private static Availability inStockValue(XMLInputFactory xml, String payload) {
		try {
			// a string source holds nothing open, so the reader needs no closing
			XMLStreamReader reader = xml.createXMLStreamReader(new StringReader(payload));
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && "INSTOCKVALUE".equals(reader.getLocalName())) {
					return Availability.fromUpstream(reader.getElementText());
				}
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			// unreadable: UNKNOWN, as without the element
		}
		return Availability.UNKNOWN;
	}

	/**
	 * The JDK's own StAX parser, with DTDs and external entities off: the payload comes
	 * from outside. One per body, as a factory is not thread-safe.
	 */
	private static XMLInputFactory secureXmlFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	private static String describe(JsonParser parser, JsonToken token) {
		if (token == JsonToken.VALUE_STRING) {
			String text = parser.getString();
			return "the string \"" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "\"";
		}
		return token == null ? "missing" : token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record AvailabilityJson(String id, @JsonProperty("DATAPAYLOAD") String payload) {
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
