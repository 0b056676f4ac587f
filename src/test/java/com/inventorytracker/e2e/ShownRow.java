package com.inventorytracker.e2e;

import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Product;

/**
 * A product row as the browser shows it. Read in one script call, because a page holds
 * thousands of rows and asking the driver cell by cell would take minutes.
 *
 * @param availability the row's {@code data-availability}
 * @param word the words of its availability cell, without the stale mark
 * @param stale the row carries the "unconfirmed" mark
 */
record ShownRow(String id, String availability, String name, String price, String manufacturer, String word,
		boolean stale) {

	/**
	 * How the pages say each availability value: always in words, never by colour alone.
	 */
	static final Map<String, String> WORDS = Map.of("INSTOCK", "In stock", "LESSTHAN10", "Less than 10", "OUTOFSTOCK",
			"Out of stock", "UNKNOWN", "Unknown");

	private static final String READ_ROWS = """
			return Array.from(document.querySelectorAll('tr[data-product-id]'), function (row) {
			  return [row.getAttribute('data-product-id'), row.getAttribute('data-availability'),
			    row.cells[0].textContent, row.cells[2].textContent, row.cells[3].textContent,
			    row.cells[4].firstChild.textContent, row.querySelector('.stale-mark') !== null];
			});
			""";

	@SuppressWarnings("unchecked")
	static List<ShownRow> read(Browser browser) {
		List<List<Object>> rows = (List<List<Object>>) browser.script(READ_ROWS);
		return rows.stream()
			.map(cells -> new ShownRow((String) cells.get(0), (String) cells.get(1), (String) cells.get(2),
					(String) cells.get(3), (String) cells.get(4), (String) cells.get(5), (Boolean) cells.get(6)))
			.toList();
	}

	/** What the row must show for a product of the snapshot. */
	static ShownRow of(Product product, boolean stale) {
		String availability = product.availability().name();
		return new ShownRow(product.id(), availability, product.name(), Integer.toString(product.price()),
				product.manufacturer(), WORDS.get(availability), stale);
	}

}
