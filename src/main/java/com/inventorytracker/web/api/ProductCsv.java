package com.inventorytracker.web.api;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;

/**
 * Products as RFC 4180 CSV: CRLF line ends, a header line, fields quoted when they hold a
 * comma, a quote, CR or LF, quotes doubled. Text that a spreadsheet would run as a
 * formula is prefixed with an apostrophe.
 */
final class ProductCsv {

	static final String HEADER = "id,name,colors,price,manufacturer,availability,availabilityCheckedAt,"
			+ "previousAvailability,availabilityChangedAt";

	/**
	 * The UTF-8 byte order mark. The download is meant for spreadsheets, and Excel reads
	 * a BOM-less CSV in the local code page, which garbles names such as "HÄRKÄ".
	 * Programs should read the JSON, which has none.
	 */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String LINE_END = "\r\n";

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmm'Z'")
		.withZone(ZoneOffset.UTC);

	private ProductCsv() {
	}

	/**
	 * For example {@code gloves-2026-11-25T1200Z.csv}: the category and its snapshot's
	 * refresh time.
	 */
	static String fileName(Category category, Instant refreshedAt) {
		return category.slug() + '-' + FILE_TIME.format(refreshedAt) + ".csv";
	}

	static void write(List<Product> products, Writer out) throws IOException {
		out.write(BYTE_ORDER_MARK);
		out.write(HEADER);
		out.write(LINE_END);
		for (Product product : products) {
			writeRow(product, out);
		}
	}

	private static void writeRow(Product product, Writer out) throws IOException {
		out.write(text(product.id()));
		out.write(',');
		out.write(text(product.name()));
		out.write(',');
		out.write(text(String.join(" ", product.colors())));
		out.write(',');
		out.write(Integer.toString(product.price()));
		out.write(',');
		out.write(text(product.manufacturer()));
		out.write(',');
		out.write(product.availability().name());
		out.write(',');
		out.write(product.availabilityCheckedAt() == null ? "" : product.availabilityCheckedAt().toString());
		out.write(',');
		out.write(product.previousAvailability() == null ? "" : product.previousAvailability().name());
		out.write(',');
		out.write(product.availabilityChangedAt() == null ? "" : product.availabilityChangedAt().toString());
		out.write(LINE_END);
	}

	/**
	 * One text field, neutralized against formula injection, then quoted if RFC 4180 asks
	 * for it.
	 */
	static String text(String value) {
		String safe = startsLikeFormula(value) ? "'" + value : value;
		return needsQuotes(safe) ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	// The OWASP list: a cell starting with one of these is evaluated by Excel,
	// LibreOffice and Sheets
	private static boolean startsLikeFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	private static boolean needsQuotes(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\r' || c == '\n') {
				return true;
			}
		}
		return false;
	}

}
