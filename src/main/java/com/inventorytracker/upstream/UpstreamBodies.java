package com.inventorytracker.upstream;

import java.io.StringReader;
import java.util.ArrayList;
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
import com.inventorytracker.catalog.Availability;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The legacy API's bodies, streamed: a category's array bound in one call of a reader
 * made once (a lookup per element cost more than the parsing), availability rows read by
 * hand (faster still). A body that is not whole fails, as it would otherwise wipe data;
 * an unusable element is skipped.
 */
final class UpstreamBodies {

	static final JsonMapper JSON = JsonMapper.shared();

	private static final ObjectReader PRODUCTS = JSON.readerFor(ProductJson[].class)
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private UpstreamBodies() {
	}

	static List<UpstreamProduct> products(String source, JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new UpstreamException(source, "body is not a JSON array", true);
		}
		ProductJson[] elements = PRODUCTS.readValue(parser);
		List<UpstreamProduct> products = new ArrayList<>(elements.length);
		for (ProductJson element : elements) {
			if (element != null && element.usable()) {
				products.add(element.normalized());
			}
		}
		if (products.isEmpty()) {
			// the API never had one: taking it at its word would empty a table
			throw new UpstreamException(source, "no products in the answer", true);
		}
		return products;
	}

	/** A {@code response} that is not an array is the built-in failure, header or not. */
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
				rows = rows(source, parser);
			}
			else {
				throw new UpstreamException(source, "built-in failure (response is not an array)", true);
			}
		}
		if (parser.currentToken() != JsonToken.END_OBJECT) {
			throw new UpstreamException(source, "body is cut off", true);
		}
		if (rows == null) {
			throw new UpstreamException(source, "no response field in the answer", true);
		}
		if (rows.isEmpty()) {
			// a manufacturer is only asked for because it has products
			throw new UpstreamException(source, "built-in failure (empty response array)", true);
		}
		return new ManufacturerAvailability(rows);
	}

	private static Map<String, Availability> rows(String source, JsonParser parser) {
		XMLInputFactory xml = XMLInputFactory.newDefaultFactory();
		// the payload comes from outside: no DTDs, no external entities
		xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		// the payloads of one body are a handful of distinct strings: each is parsed once
		Map<String, Availability> byPayload = new HashMap<>();
		Map<String, Availability> byId = new HashMap<>(16_384);
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			String id = null;
			String payload = null;
			for (String field = parser.nextName(); field != null; field = parser.nextName()) {
				boolean text = parser.nextToken() == JsonToken.VALUE_STRING;
				if (text && "id".equals(field)) {
					id = parser.getString();
				}
				else if (text && "DATAPAYLOAD".equals(field)) {
					payload = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
			if (id != null && !id.isBlank()) {
				byId.put(id.strip().toLowerCase(Locale.ROOT), payload == null ? Availability.UNKNOWN
						: byPayload.computeIfAbsent(payload, value -> inStockValue(xml, value)));
			}
		}
		if (parser.currentToken() != JsonToken.END_ARRAY) {
			throw new UpstreamException(source, "response holds something other than availability rows", true);
		}
		return byId;
	}

	private static Availability inStockValue(XMLInputFactory xml, String payload) {
		try {
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
