package com.inventorytracker.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;

/** RFC 4180: CRLF, a header line, fields with a comma, quote, CR or LF quoted. */
final class ProductCsv {

	static final String HEADER = "id,name,colors,price,manufacturer,availability,availabilityCheckedAt,"
			+ "previousAvailability,availabilityChangedAt";

	/** Excel reads a CSV without it in the local code page, which garbles "HÄRKÄ". */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String LINE_END = "\r\n";

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmm'Z'")
		.withZone(ZoneOffset.UTC);

	private ProductCsv() {
	}

	/** {@code gloves-2026-11-25T1200Z.csv}: the snapshot's refresh time. */
	static String fileName(Category category, Instant refreshedAt) {
		return category.slug() + '-' + FILE_TIME.format(refreshedAt) + ".csv";
	}

	static byte[] write(List<Product> products) {
		StringBuilder csv = new StringBuilder(products.size() * 160 + 256);
		csv.append(BYTE_ORDER_MARK).append(HEADER).append(LINE_END);
		for (Product product : products) {
			csv.append(
					String.join(",", text(product.id()), text(product.name()), text(String.join(" ", product.colors())),
							Integer.toString(product.price()), text(product.manufacturer()),
							product.availability().name(), Objects.toString(product.availabilityCheckedAt(), ""),
							Objects.toString(product.previousAvailability(), ""),
							Objects.toString(product.availabilityChangedAt(), "")))
				.append(LINE_END);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Spreadsheets run a cell starting with one of OWASP's list as a formula. */
	static String text(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quoted = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
		return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

}
