package com.inventorytracker.simulator;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Category;

/**
 * Writes a catalogue as the original's JSON bodies: compact, fields in the original's order, UTF-8.
 * <p>
 * Written by hand rather than with Jackson: the shapes are two flat records, and about 7 MB have to be written at
 * start-up and again at every drift step, which a plain {@code StringBuilder} does several times faster than a
 * cold object mapper; it also keeps the simulated wire format independent of the application's Jackson settings.
 */
final class JsonBodies {

    /** A good envelope with no rows: the answer for a manufacturer the warehouse does not know. */
    static final JsonBody EMPTY_AVAILABILITY = JsonBody.of(utf8("{\"code\":200,\"response\":[]}"));

    /** The DATAPAYLOAD strings as JSON literals, escaped once instead of once per row. */
    private static final Map<StockValue, String> PAYLOAD_LITERALS = payloadLiterals();

    private static final int PRODUCT_CHARS = 128;

    private static final int ROW_CHARS = 136;

    Map<Category, JsonBody> products(Catalogue catalogue) {
        Map<Category, JsonBody> bodies = new EnumMap<>(Category.class);
        catalogue.products().forEach((category, products) -> bodies.put(category, products(products)));
        return bodies;
    }

    Map<String, JsonBody> availability(Catalogue catalogue, long step) {
        Map<String, JsonBody> bodies = new LinkedHashMap<>();
        catalogue.availability().forEach((manufacturer, list) -> bodies.put(manufacturer, availability(list, step)));
        return bodies;
    }

    static JsonBody products(List<SimulatedProduct> products) {
        StringBuilder json = new StringBuilder(products.size() * PRODUCT_CHARS).append('[');
        for (int i = 0; i < products.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            appendProduct(json, products.get(i));
        }
        return JsonBody.of(utf8(json.append(']')));
    }

    static JsonBody availability(AvailabilityList list, long step) {
        StringBuilder json = new StringBuilder(list.size() * ROW_CHARS).append("{\"code\":200,\"response\":[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":");
            appendString(json, list.id(i));
            json.append(",\"DATAPAYLOAD\":").append(PAYLOAD_LITERALS.get(list.valueAt(i, step))).append('}');
        }
        return JsonBody.of(utf8(json.append("]}")));
    }

    private static void appendProduct(StringBuilder json, SimulatedProduct product) {
        json.append("{\"id\":");
        appendString(json, product.id());
        json.append(",\"type\":");
        appendString(json, product.type());
        json.append(",\"name\":");
        appendString(json, product.name());
        json.append(",\"color\":[");
        for (int i = 0; i < product.color().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            appendString(json, product.color().get(i));
        }
        json.append("],\"price\":").append(product.price()).append(",\"manufacturer\":");
        appendString(json, product.manufacturer());
        json.append('}');
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, everything else kept as is. */
    static void appendString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static Map<StockValue, String> payloadLiterals() {
        Map<StockValue, String> literals = new EnumMap<>(StockValue.class);
        for (StockValue value : StockValue.values()) {
            StringBuilder literal = new StringBuilder();
            appendString(literal, value.payload());
            literals.put(value, literal.toString());
        }
        return literals;
    }

    private static byte[] utf8(CharSequence json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

}
