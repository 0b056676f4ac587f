package com.inventorytracker.catalog;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The filters, sort and paging shared by pages, JSON and CSV. Build it with
 * {@link #parse} from raw request parameters: a bad value throws
 * {@link InvalidParameterException} naming the parameter.
 *
 * @param q part of the name, matched case-insensitively; null for any
 * @param availability null for any
 * @param manufacturer exact manufacturer; null for any
 * @param color one of the product's colours; null for any
 * @param changed products whose availability changed within this long before the
 * snapshot's refresh time; null for any
 * @param page 1-based page number, meaningful with a size
 * @param size rows per page; null for every matching row
 */
public record ProductQuery(String q, Availability availability, String manufacturer, String color, Duration changed,
		SortOrder sort, int page, Integer size) {

	public static final int MAX_QUERY_LENGTH = 100;

	public static final int MAX_PAGE_SIZE = 1000;

	public static final int MAX_PAGE = 100_000;

	public static final ProductQuery ALL = new ProductQuery(null, null, null, null, null, SortOrder.DEFAULT, 1, null);

	private static final Pattern NAME_TOKEN = Pattern.compile("[a-z0-9_-]{1,40}");

	private static final Pattern DURATION = Pattern.compile("0*([1-9][0-9]{0,5})([smhd])");

	/** Without the {@code changed} filter. */
	public static ProductQuery parse(String q, String availability, String manufacturer, String color, String sort,
			String page, String size) {
		return parse(q, availability, manufacturer, color, null, sort, page, size);
	}

	public static ProductQuery parse(String q, String availability, String manufacturer, String color, String changed,
			String sort, String page, String size) {
		return new ProductQuery(parseSearch(q),
				blank(availability) ? null : Availability.fromCode(availability.trim())
					.orElseThrow(() -> invalid("availability", "availability must be one of "
							+ Arrays.stream(Availability.values()).map(Enum::name).collect(Collectors.joining(", ")))),
				parseToken("manufacturer", manufacturer), parseToken("color", color), parseChanged(changed),
				blank(sort) ? SortOrder.DEFAULT
						: SortOrder.parse(sort.trim())
							.orElseThrow(() -> invalid("sort",
									"sort must be one of name, price, manufacturer, availability,"
											+ " optionally with a leading - for descending order")),
				blank(page) ? 1 : parseNumber("page", page, MAX_PAGE),
				blank(size) ? null : parseNumber("size", size, MAX_PAGE_SIZE));
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

	/** The non-default parameters, in a stable order, for links and cache keys. */
	public Map<String, String> toParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		putIfPresent(parameters, "q", q);
		putIfPresent(parameters, "availability", availability == null ? null : availability.name());
		putIfPresent(parameters, "manufacturer", manufacturer);
		putIfPresent(parameters, "color", color);
		putIfPresent(parameters, "changed", changed == null ? null : format(changed));
		if (!sort.equals(SortOrder.DEFAULT)) {
			parameters.put("sort", sort.parameter());
		}
		if (paged()) {
			parameters.put("size", size.toString());
			if (page > 1) {
				parameters.put("page", Integer.toString(page));
			}
		}
		return parameters;
	}

	private static String parseSearch(String q) {
		if (blank(q)) {
			return null;
		}
		String trimmed = q.strip();
		if (trimmed.length() > MAX_QUERY_LENGTH) {
			throw invalid("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

	private static String parseToken(String parameter, String value) {
		if (blank(value)) {
			return null;
		}
		String token = value.trim().toLowerCase(Locale.ROOT);
		if (!NAME_TOKEN.matcher(token).matches()) {
			throw invalid(parameter, parameter + " must be a name of letters and digits, at most 40 characters");
		}
		return token;
	}

	/**
	 * A positive whole number of seconds, minutes, hours or days: {@code 90s},
	 * {@code 15m}, {@code 1h}, {@code 7d}.
	 */
	private static Duration parseChanged(String value) {
		if (blank(value)) {
			return null;
		}
		Matcher matcher = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw invalid("changed", "changed must be a positive duration in seconds, minutes, hours or days,"
					+ " such as 90s, 15m, 1h, 24h or 7d");
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "s" -> Duration.ofSeconds(amount);
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofDays(amount);
		};
	}

	/**
	 * The largest unit that states the duration exactly, so that {@code 60m} and
	 * {@code 1h} are one query; a single day reads {@code 24h}, as the page's filter
	 * offers it.
	 */
	static String format(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds % 86_400 == 0 && seconds > 86_400) {
			return seconds / 86_400 + "d";
		}
		if (seconds % 3600 == 0) {
			return seconds / 3600 + "h";
		}
		return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
	}

	private static int parseNumber(String parameter, String value, int max) {
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= 1 && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below with the same message as an out-of-range number
		}
		throw invalid(parameter, parameter + " must be a whole number from 1 to " + max);
	}

	private static void putIfPresent(Map<String, String> parameters, String name, String value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static InvalidParameterException invalid(String parameter, String message) {
		return new InvalidParameterException(parameter, message);
	}

}
