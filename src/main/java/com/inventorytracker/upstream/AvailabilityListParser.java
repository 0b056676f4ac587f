package com.inventorytracker.upstream;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.inventorytracker.catalog.Availability;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams an availability envelope
 * {@code {"code":200,"response":[{"id":..,"DATAPAYLOAD":..}]}} into a map by lower-case
 * product id, without building a tree of the 1.5 MB body. A {@code response} that is not
 * an array is the API's built-in failure, whether or not its header said so. A payload
 * whose {@code INSTOCKVALUE} cannot be read is {@link Availability#UNKNOWN} for its row,
 * never a failed fetch.
 */
final class AvailabilityListParser {

	private AvailabilityListParser() {
	}

	/** {@code parser} stands on the body's first token. */
	static ManufacturerAvailability parse(String source, String manufacturer, JsonParser parser) {
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
				rows = readRows(source, parser);
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
		return new ManufacturerAvailability(manufacturer, rows);
	}

	private static Map<String, Availability> readRows(String source, JsonParser parser) {
		XMLInputFactory xml = secureXmlFactory();
		// the payloads of one body are a handful of distinct strings: each is parsed once
		Map<String, Availability> byPayload = new HashMap<>();
		Map<String, Availability> rows = new HashMap<>(16384);
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			String id = null;
			String payload = null;
			String field;
			while ((field = parser.nextName()) != null) {
				JsonToken value = parser.nextToken();
				if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
					id = parser.getString();
				}
				else if ("DATAPAYLOAD".equals(field) && value == JsonToken.VALUE_STRING) {
					payload = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
			if (id != null && !id.isBlank()) {
				rows.put(id.strip().toLowerCase(Locale.ROOT), payload == null ? Availability.UNKNOWN
						: byPayload.computeIfAbsent(payload, text -> inStockValue(xml, text)));
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
			// unreadable: UNKNOWN, as below
		}
		return Availability.UNKNOWN;
	}

	/**
	 * The JDK's own StAX parser, with DTDs and external entities off: the payload comes
	 * from outside. One per body, as factories are not thread-safe.
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

}
