package com.inventorytracker.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCsvTests {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			KOLHEMAK NORMAL   | KOLHEMAK NORMAL
			KOLHEMAK, NORMAL  | "KOLHEMAK, NORMAL"
			SANOI "HEI"       | "SANOI ""HEI""\"
			HÄRKÄ ÖLJY        | HÄRKÄ ÖLJY
			=1+2              | '=1+2
			+SUM(A1)          | '+SUM(A1)
			-2+3              | '-2+3
			@cmd              | '@cmd
			=A1,"x"           | "'=A1,""x""\"
			A-B=C             | A-B=C
			""")
	void textFieldsAreQuotedByRfc4180AndNeverStartAFormula(String value, String written) {
		assertThat(ProductCsv.text(value)).isEqualTo(written);
	}

	@Test
	void lineBreaksInsideAFieldAreQuoted() {
		assertThat(ProductCsv.text("RIVI\nKAKSI")).isEqualTo("\"RIVI\nKAKSI\"");
		assertThat(ProductCsv.text("RIVI\r\nKAKSI")).isEqualTo("\"RIVI\r\nKAKSI\"");
	}

	@Test
	void fileStartsWithByteOrderMarkAndHeaderAndEndsEachRecordWithCrLf() {
		Instant checked = Instant.parse("2026-11-25T11:58:30Z");

		byte[] csv = ProductCsv.write(List.of(
				new Product("a1", Category.GLOVES, "A, \"B\"", List.of("black", "white"), 69, "ippal",
						Availability.LESSTHAN10, checked)
					.withChange(Availability.INSTOCK, checked),
				new Product("b2", Category.GLOVES, "C", List.of("red"), 10, "laion", Availability.UNKNOWN, null)));

		assertThat(new String(csv, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF" + "id,name,colors,price,manufacturer,availability,availabilityCheckedAt,"
					+ "previousAvailability,availabilityChangedAt\r\n"
					+ "a1,\"A, \"\"B\"\"\",black white,69,ippal,LESSTHAN10,2026-11-25T11:58:30Z,"
					+ "INSTOCK,2026-11-25T11:58:30Z\r\n" + "b2,C,red,10,laion,UNKNOWN,,,\r\n");
	}

	@Test
	void fileNameCarriesCategoryAndRefreshTimeInUtc() {
		assertThat(ProductCsv.fileName(Category.FACEMASKS, Instant.parse("2026-11-25T12:00:59.999Z")))
			.isEqualTo("facemasks-2026-11-25T1200Z.csv");
	}

}
