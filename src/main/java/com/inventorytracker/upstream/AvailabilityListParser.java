package com.inventorytracker.upstream;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Streams an availability envelope
 * {@code {"code":200,"response":[{"id":..,"DATAPAYLOAD":..}]}} into a map by lower-case
 * product id, without building a tree of the 1.5 MB body. A {@code response} that is not
 * an array is the API's built-in failure, whether or not its header said so.
 */
final class AvailabilityListParser {

	private final ObjectMapper mapper;

	AvailabilityListParser(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	ManufacturerAvailability parse(String source, String manufacturer, InputStream body) {
		try (JsonParser parser = mapper.createParser(body)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new UpstreamException(source, "empty body", true);
			}
			if (first != JsonToken.START_OBJECT) {
				throw new UpstreamException(source, "body is not a JSON object", true);
			}
			Map<String, Availability> rows = null;
			String field;
			while ((field = parser.nextName()) != null) {
				JsonToken value = parser.nextToken();
				if ("response".equals(field)) {
					if (value != JsonToken.START_ARRAY) {
						throw new UpstreamException(source,
								"built-in failure (response is " + describe(parser, value) + ", not an array)", true);
					}
					rows = readRows(source, parser);
				}
				else {
					parser.skipChildren();
				}
			}
			if (parser.currentToken() != JsonToken.END_OBJECT) {
				throw new UpstreamException(source, "body is cut off", true);
			}
			if (rows == null) {
				throw new UpstreamException(source, "no response field in the answer", true);
			}
			if (rows.isEmpty()) {
				// A manufacturer is only asked for because it has products, so an empty
				// list is a failure too
				throw new UpstreamException(source, "built-in failure (empty response array)", true);
			}
			return new ManufacturerAvailability(manufacturer, rows);
		}
	}

	private static Map<String, Availability> readRows(String source, JsonParser parser) {
		DataPayloadParser payloads = new DataPayloadParser();
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
				rows.put(id.strip().toLowerCase(Locale.ROOT), payloads.availability(payload));
			}
		}
		if (parser.currentToken() != JsonToken.END_ARRAY) {
			throw new UpstreamException(source, "response holds something other than availability rows", true);
		}
		return rows;
	}

	private static String describe(JsonParser parser, JsonToken token) {
		if (token == JsonToken.VALUE_STRING) {
			String text = parser.getString();
			return "the string \"" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "\"";
		}
		return token == null ? "missing" : token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
