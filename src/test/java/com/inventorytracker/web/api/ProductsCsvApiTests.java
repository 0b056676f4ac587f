package com.inventorytracker.web.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static org.assertj.core.api.Assertions.assertThat;

@InventoryWebTest
class ProductsCsvApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestSnapshots snapshots;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void setUp() {
		snapshots.write(glove("a1", "KOLHEMAK, NORMAL", 69, "ippal", Availability.INSTOCK, "black", "white"),
				glove("b2", "SANOI \"HEI\"", 25, "ippal", Availability.LESSTHAN10, "red")
					.withChange(Availability.INSTOCK, TestSnapshots.REFRESHED_AT),
				glove("c3", "HÄRKÄ ÖLJY", 30, "laion", Availability.OUTOFSTOCK, "black"),
				glove("d4", "RIVI\nKAKSI", 40, "ippal", Availability.UNKNOWN, "black"),
				glove("e5", "TAVALLINEN", 50, "ippal", Availability.INSTOCK, "green"));
	}

	@Test
	void csvIsUtf8WithByteOrderMarkHeaderAndRfc4180Quoting() {
		MvcTestResult result = mvc.get().uri("/api/products/gloves.csv?sort=price").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFid,name,colors,price,manufacturer,availability,availabilityCheckedAt,"
					+ "previousAvailability,availabilityChangedAt\r\n"
					+ "b2,\"SANOI \"\"HEI\"\"\",red,25,ippal,LESSTHAN10,2026-11-25T11:58:30Z,"
					+ "INSTOCK,2026-11-25T12:00:00Z\r\n"
					+ "c3,HÄRKÄ ÖLJY,black,30,laion,OUTOFSTOCK,2026-11-25T11:58:30Z,,\r\n"
					+ "d4,\"RIVI\nKAKSI\",black,40,ippal,UNKNOWN,2026-11-25T11:58:30Z,,\r\n"
					+ "e5,TAVALLINEN,green,50,ippal,INSTOCK,2026-11-25T11:58:30Z,,\r\n"
					+ "a1,\"KOLHEMAK, NORMAL\",black white,69,ippal,INSTOCK,2026-11-25T11:58:30Z,,\r\n");
	}

	@Test
	void downloadIsNamedAfterTheCategoryAndTheSnapshotTime() {
		MvcTestResult result = mvc.get().uri("/api/products/gloves.csv").exchange();

		assertThat(result).hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"gloves-2026-11-25T1200Z.csv\"");
	}

	@Test
	void csvRowsEqualJsonRowsForTheSameFilter() {
		String filter = "?manufacturer=ippal&sort=-name";

		List<List<String>> csv = parseCsv(mvc.get().uri("/api/products/gloves.csv" + filter).exchange());
		List<Map<String, Object>> jsonRows = jsonProducts(mvc.get().uri("/api/products/gloves" + filter).exchange());

		assertThat(csv.get(0)).containsExactly("id", "name", "colors", "price", "manufacturer", "availability",
				"availabilityCheckedAt", "previousAvailability", "availabilityChangedAt");
		List<List<String>> expected = jsonRows.stream()
			.map(row -> List.of((String) row.get("id"), (String) row.get("name"),
					String.join(" ", castList(row.get("colors"))), String.valueOf(row.get("price")),
					(String) row.get("manufacturer"), (String) row.get("availability"),
					String.valueOf(row.get("availabilityCheckedAt")), text(row.get("previousAvailability")),
					text(row.get("availabilityChangedAt"))))
			.toList();
		assertThat(csv.subList(1, csv.size())).hasSize(4).isEqualTo(expected);
		assertThat(expected).anySatisfy(row -> assertThat(row.get(7)).isEqualTo("INSTOCK"));
	}

	@Test
	void changedFilterNarrowsTheCsvAsTheJson() {
		List<List<String>> csv = parseCsv(mvc.get().uri("/api/products/gloves.csv?changed=90s").exchange());

		assertThat(csv).hasSize(2);
		assertThat(csv.get(1)).containsExactly("b2", "SANOI \"HEI\"", "red", "25", "ippal", "LESSTHAN10",
				"2026-11-25T11:58:30Z", "INSTOCK", "2026-11-25T12:00:00Z");
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	@Test
	void bothRoutesResolveTheirOwnRepresentation() {
		assertThat(mvc.get().uri("/api/products/gloves").exchange()).hasStatusOk().hasContentType("application/json");
		assertThat(mvc.get().uri("/api/products/gloves.csv").exchange()).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8");
		assertThat(mvc.get().uri("/api/products/beanies.csv").exchange()).hasStatusOk()
			.bodyText()
			.isEqualTo("\uFEFF" + ProductCsv.HEADER + "\r\n");
	}

	@Test
	void revalidationWithTheCurrentETagAnswers304WithoutBody() {
		String etag = mvc.get().uri("/api/products/gloves.csv").exchange().getResponse().getHeader(HttpHeaders.ETAG);

		MvcTestResult again = mvc.get()
			.uri("/api/products/gloves.csv")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();

		assertThat(etag).startsWith("W/\"csv-");
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> jsonProducts(MvcTestResult result) {
		Map<String, Object> body = json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
		return (List<Map<String, Object>>) body.get("products");
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return (List<String>) value;
	}

	/**
	 * A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes
	 * and line breaks.
	 */
	private static List<List<String>> parseCsv(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		return records;
	}

}
