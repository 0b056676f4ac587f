package com.inventorytracker.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.inventorytracker.catalog.Category;

/**
 * One generation of the warehouse, drawn and then drifted by one generator, so that a
 * seed, a generation and a step always give the same data.
 */
final class Catalogue {

	/** Those the original was seen to use, six at a time. */
	static final List<String> MANUFACTURER_POOL = List.of("abiplos", "hennex", "ippal", "juuran", "laion", "niksleh",
			"okkau", "umpante");

	/** Products without an availability row, which a client must show as unknown. */
	private static final double SHARE_WITHOUT_ROW = 0.002;

	/** At each drift step one row in five draws again (most draw the same value). */
	private static final int REDRAW_ONE_IN = 5;

	private static final List<String> COLOURS = List.of("black", "blue", "green", "grey", "purple", "red", "white",
			"yellow");

	/** Some with Ä and Ö, which show mangled UTF-8. */
	private static final List<String> SYLLABLES = List.of("KOL", "HE", "MAK", "DAL", "TRAD", "NY", "REP", "JAL", "HEN",
			"SOP", "RAP", "LUN", "TAI", "BEN", "GIN", "ZEN", "KRI", "VAN", "POL", "SIK", "RO", "MU", "TE", "LA", "ÄK",
			"TÖ", "HÄN", "KÖ", "ÖV", "MÄL", "SÖR", "PÄ", "ÖP", "LÄN");

	private static final List<String> WORDS = List.of("NORMAL", "BRIGHT", "COOL", "LIGHT", "EARTH", "STAR", "RAIN",
			"SUN", "FANTASY", "METROPOLIS", "BOON", "BIG", "SMALL", "TREME", "ANIMAL", "TEMPEST", "SCREAM", "CORE",
			"NIGHT", "RAVE", "FLOWER", "GLOW", "MOON", "BOLD");

	private final long generation;

	private final SplittableRandom random;

	private final Map<Category, List<SimulatedProduct>> products = new EnumMap<>(Category.class);

	private final Map<String, Row[]> availability = new LinkedHashMap<>();

	private long step;

	Catalogue(long seed, long generation) {
		this.generation = generation;
		// mixed once, so that neighbouring seeds or generations are unrelated
		this.random = new SplittableRandom(new SplittableRandom(seed).nextLong() ^ generation);
		List<String> manufacturers = new ArrayList<>(MANUFACTURER_POOL);
		shuffle(manufacturers);
		manufacturers = manufacturers.subList(0, 6);
		for (Category category : Category.values()) {
			products.put(category, products(category, manufacturers));
		}
		manufacturers.forEach(manufacturer -> availability.put(manufacturer, rows(manufacturer)));
	}

	long generation() {
		return generation;
	}

	long step() {
		return step;
	}

	Map<Category, List<SimulatedProduct>> products() {
		return Collections.unmodifiableMap(products);
	}

	Map<String, Row[]> availability() {
		return Collections.unmodifiableMap(availability);
	}

	void driftTo(long target) {
		for (; step < target; step++) {
			for (Row[] rows : availability.values()) {
				for (int i = 0; i < rows.length; i++) {
					if (random.nextInt(REDRAW_ONE_IN) == 0) {
						rows[i] = new Row(rows[i].id(), stockValue());
					}
				}
			}
		}
	}

	private List<SimulatedProduct> products(Category category, List<String> manufacturers) {
		return Stream
			.generate(() -> new SimulatedProduct(newId(), category.slug(), name(), colours(), random.nextInt(10, 1000),
					pick(manufacturers)))
			.limit(random.nextInt(5_500, 7_401))
			.toList();
	}

	private String name() {
		StringBuilder name = new StringBuilder(24);
		for (int i = random.nextInt(2, 4); i > 0; i--) {
			name.append(pick(SYLLABLES));
		}
		name.append(' ').append(pick(WORDS));
		return (random.nextInt(10) == 0) ? name.append(' ').append(pick(WORDS)).toString() : name.toString();
	}

	private List<String> colours() {
		String first = pick(COLOURS);
		if (random.nextInt(10) != 0) {
			return List.of(first);
		}
		String second = pick(COLOURS);
		while (second.equals(first)) {
			second = pick(COLOURS);
		}
		return List.of(first, second);
	}

	/**
	 * Nearly all the manufacturer's products plus about as many unknown ids, shuffled, to
	 * the original's 6,000 to 6,700 rows where the number of products allows.
	 */
	private Row[] rows(String manufacturer) {
		List<String> ids = new ArrayList<>();
		products.values()
			.forEach(list -> list.stream()
				.filter(product -> product.manufacturer().equals(manufacturer))
				.filter(product -> random.nextDouble() >= SHARE_WITHOUT_ROW)
				.forEach(product -> ids.add(product.id().toUpperCase(Locale.ROOT))));
		int matched = ids.size();
		int target = random.nextInt(6_000, 6_701);
		int unmatched = Math.max((int) (matched * 0.8), Math.min((int) (matched * 1.2), target - matched));
		for (int i = 0; i < unmatched; i++) {
			ids.add(newId().toUpperCase(Locale.ROOT));
		}
		shuffle(ids);
		return ids.stream().map(id -> new Row(id, stockValue())).toArray(Row[]::new);
	}

	/** At 72 bits or more, a repeated id is too unlikely to check for. */
	private String newId() {
		char[] hex = new char[random.nextInt(18, 25)];
		for (int i = 0; i < hex.length; i++) {
			hex[i] = Character.forDigit(random.nextInt(16), 16);
		}
		return new String(hex);
	}

	/** The original's shares: 90 %, 5 % and 5 %. */
	private StockValue stockValue() {
		double uniform = random.nextDouble();
		return (uniform < 0.90) ? StockValue.INSTOCK : (uniform < 0.95) ? StockValue.LESSTHAN10 : StockValue.OUTOFSTOCK;
	}

	private <T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** {@code Collections.shuffle} takes only a {@code Random} on Java 17. */
	private void shuffle(List<?> list) {
		for (int i = list.size() - 1; i > 0; i--) {
			Collections.swap(list, i, random.nextInt(i + 1));
		}
	}

	/** Field for field and in the order the original sent them. */
	@JsonPropertyOrder({ "id", "type", "name", "color", "price", "manufacturer" })
	record SimulatedProduct(String id, String type, String name, List<String> color, int price, String manufacturer) {
	}

	record Row(String id, @JsonProperty("DATAPAYLOAD") StockValue value) {
	}

	enum StockValue {

		INSTOCK, LESSTHAN10, OUTOFSTOCK;

		/** Byte for byte as the original wrote it. */
		@JsonValue
		final String payload = "<AVAILABILITY>\n  <CODE>200</CODE>\n  <INSTOCKVALUE>" + name()
				+ "</INSTOCKVALUE>\n</AVAILABILITY>";

	}

}
