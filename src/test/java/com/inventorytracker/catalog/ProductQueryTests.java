package com.inventorytracker.catalog;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductQueryTests {

	@Test
	void blankParametersMeanNoFilterAndEveryRow() {
		ProductQuery query = ProductQuery.parse(" ", "", null, "", "", "", "", "");

		assertThat(query).isEqualTo(ProductQuery.ALL);
		assertThat(query.toParameters()).isEmpty();
	}

	@Test
	void valuesAreNormalizedAndWrittenBackCanonically() {
		ProductQuery query = ProductQuery.parse("  Kolhe ", "instock", "IPPAL", "Black", null, "-price", "2", "50");

		assertThat(query.q()).isEqualTo("kolhe");
		assertThat(query.availability()).isEqualTo(Availability.INSTOCK);
		assertThat(query.sort()).isEqualTo(new SortOrder(SortOrder.Field.PRICE, true));
		assertThat(query.offset()).isEqualTo(50);
		assertThat(query.toParameters()).containsExactly(entry("q", "kolhe"), entry("availability", "INSTOCK"),
				entry("manufacturer", "ippal"), entry("color", "black"), entry("sort", "-price"), entry("size", "50"),
				entry("page", "2"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "availability | PLENTY", "sort         | colour", "sort         | --price",
			"page         | 0", "page         | -1", "page         | 99999999999", "size         | 1001",
			"size         | ten", "manufacturer | ippal'; DROP TABLE product; --", "color        | <b>red</b>",
			"changed      | 0m", "changed      | -15m", "changed      | 15", "changed      | 2w", "changed      | 1.5h",
			"changed      | 1h30m", "changed      | PT15M", "changed      | 10000000d", "changed      | recently", })
	void badValuesNameTheirParameter(String parameter, String value) {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> parse(parameter, value))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo(parameter))
			.withMessageStartingWith(parameter + " must");
	}

	@ParameterizedTest(name = "changed={0}")
	@CsvSource(delimiter = '|', value = { "90s    | PT1M30S | 90s", "15m    | PT15M   | 15m", "1h     | PT1H    | 1h",
			"24h    | PT24H   | 24h", "1d     | PT24H   | 24h", "48h    | PT48H   | 2d", "7d     | PT168H  | 7d",
			"60m    | PT1H    | 1h", "' 15M '| PT15M   | 15m", "0015m  | PT15M   | 15m", })
	void changedTakesAPositiveDurationAndWritesItInItsLargestExactUnit(String value, Duration expected,
			String canonical) {
		ProductQuery query = parse("changed", value);

		assertThat(query.changed()).isEqualTo(expected);
		assertThat(query.filtered()).isTrue();
		assertThat(query.toParameters()).containsExactly(entry("changed", canonical));
		assertThat(query.withSort(new SortOrder(SortOrder.Field.PRICE, false)).changed()).isEqualTo(expected);
		assertThat(query.withPage(2).changed()).isEqualTo(expected);
	}

	@Test
	void badChangedSaysWhatItTakes() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> parse("changed", "soon"))
			.withMessage("changed must be a positive duration in seconds, minutes, hours or days,"
					+ " such as 90s, 15m, 1h, 24h or 7d");
	}

	@Test
	void overlongSearchIsRefused() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> parse("q", "x".repeat(ProductQuery.MAX_QUERY_LENGTH + 1)))
			.withMessage("q must be at most 100 characters");
	}

	private static ProductQuery parse(String parameter, String value) {
		return ProductQuery.parse(parameter.equals("q") ? value : null, parameter.equals("availability") ? value : null,
				parameter.equals("manufacturer") ? value : null, parameter.equals("color") ? value : null,
				parameter.equals("changed") ? value : null, parameter.equals("sort") ? value : null,
				parameter.equals("page") ? value : null, parameter.equals("size") ? value : null);
	}

}
