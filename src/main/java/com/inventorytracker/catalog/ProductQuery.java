package com.inventorytracker.catalog;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters, sort and paging of pages, JSON and CSV. A null filter matches any product;
 * {@code changed} counts back from the refresh time; a null {@code size} is every row.
 */
public record ProductQuery(String q, Availability availability, String manufacturer, String color, Duration changed,
		SortOrder sort, int page, Integer size) {

	public static final int MAX_QUERY_LENGTH = 100;

	private static final int MAX_PAGE_SIZE = 1000;

	private static final int MAX_PAGE = 100_000;

	public static final ProductQuery ALL = new ProductQuery(null, null, null, null, null, SortOrder.DEFAULT, 1, null);

	private static final Pattern NAME_TOKEN = Pattern.compile("[a-z0-9_-]{1,40}");

	private static final Pattern DURATION = Pattern.compile("0*([1-9][0-9]{0,5})([smhd])");

	private static final Map<String, ChronoUnit> UNITS = Map.of("s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h",
			ChronoUnit.HOURS, "d", ChronoUnit.DAYS);

	public static ProductQuery parse(String q, String availability, String manufacturer, String color, String changed,
			String sort, String page, String size) {
		String name = " must be a name of letters and digits, at most 40 characters";
		String number = " must be a whole number from 1 to ";
		return new ProductQuery(
				parse("q", q, ProductQuery::search, "q must be at most " + MAX_QUERY_LENGTH + " characters"),
				parse("availability", availability, Availability::fromCode,
						"availability must be one of INSTOCK, LESSTHAN10, OUTOFSTOCK, UNKNOWN"),
				parse("manufacturer", manufacturer, ProductQuery::token, "manufacturer" + name),
				parse("color", color, ProductQuery::token, "color" + name),
				parse("changed", changed, ProductQuery::duration,
						"changed must be a positive duration in seconds, minutes, hours or days,"
								+ " such as 90s, 15m, 1h, 24h or 7d"),
				Objects.requireNonNullElse(parse("sort", sort, SortOrder::parse,
						"sort must be one of name, price, manufacturer, availability,"
								+ " optionally with a leading - for descending order"),
						SortOrder.DEFAULT),
				Objects.requireNonNullElse(
						parse("page", page, value -> number(value, MAX_PAGE), "page" + number + MAX_PAGE), 1),
				parse("size", size, value -> number(value, MAX_PAGE_SIZE), "size" + number + MAX_PAGE_SIZE));
	}

	public boolean paged() {
		return size != null;
	}

	public boolean filtered() {
		return q != null || availability != null || manufacturer != null || color != null || changed != null;
	}

	public int offset() {
		return paged() ? (page - 1) * size : 0;
	}

	public ProductQuery withPage(int newPage) {
		return new ProductQuery(q, availability, manufacturer, color, changed, sort, newPage, size);
	}

	public ProductQuery withSort(SortOrder newSort) {
		return new ProductQuery(q, availability, manufacturer, color, changed, newSort, 1, size);
	}

	/** The non-default parameters in a stable order: links and cache keys use them. */
	public Map<String, String> toParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", q);
		parameters.put("availability", (availability != null) ? availability.name() : null);
		parameters.put("manufacturer", manufacturer);
		parameters.put("color", color);
		parameters.put("changed", (changed != null) ? Durations.format(changed) : null);
		parameters.put("sort", sort.equals(SortOrder.DEFAULT) ? null : sort.parameter());
		parameters.put("size", paged() ? size.toString() : null);
		parameters.put("page", (paged() && page > 1) ? Integer.toString(page) : null);
		parameters.values().removeIf(Objects::isNull);
		return parameters;
	}

	private static <T> T parse(String parameter, String value, Function<String, Optional<T>> parser, String message) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return parser.apply(value.strip()).orElseThrow(() -> new InvalidParameterException(parameter, message));
	}

	private static Optional<String> search(String value) {
		return Optional.of(value)
			.filter(text -> text.length() <= MAX_QUERY_LENGTH)
			.map(text -> text.toLowerCase(Locale.ROOT));
	}

	private static Optional<String> token(String value) {
		return Optional.of(value.toLowerCase(Locale.ROOT)).filter(NAME_TOKEN.asMatchPredicate());
	}

	private static Optional<Duration> duration(String value) {
		Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
		return matcher.matches()
				? Optional.of(Duration.of(Long.parseLong(matcher.group(1)), UNITS.get(matcher.group(2))))
				: Optional.empty();
	}

	private static Optional<Integer> number(String value, int max) {
		try {
			return Optional.of(Integer.parseInt(value)).filter(number -> number >= 1 && number <= max);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
