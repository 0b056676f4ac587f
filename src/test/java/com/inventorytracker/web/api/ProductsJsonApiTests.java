package com.inventorytracker.web.api;

import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static com.inventorytracker.refresh.TestSnapshots.product;
import static org.assertj.core.api.Assertions.assertThat;

@InventoryWebTest
class ProductsJsonApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestSnapshots snapshots;

	@Test
	void jsonHasExactlyTheContractFieldsWithIsoUtcTimes() {
		long version = snapshots.write(
				glove("aa11", "KOLHEMAK NORMAL", 69, "ippal", Availability.INSTOCK, "black", "white"),
				product(Category.BEANIES, "bb22", "HÄRKÄ", 20, "laion", Availability.UNKNOWN, "red"));

		MvcTestResult result = mvc.get().uri("/api/products/gloves").exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"category":"gloves","snapshotVersion":%d,"refreshedAt":"2026-11-25T12:00:00Z","total":1,
				 "products":[{"id":"aa11","name":"KOLHEMAK NORMAL","colors":["black","white"],"price":69,
				              "manufacturer":"ippal","availability":"INSTOCK",
				              "availabilityCheckedAt":"2026-11-25T11:58:30Z",
				              "previousAvailability":null,"availabilityChangedAt":null}]}
				""".formatted(version));
	}

	@Test
	void changedFilterAnswersTheProductsThatChangedWithinItWithWhatTheyWere() {
		snapshots.write(
				glove("g1", "ALPHA", 30, "ippal", Availability.OUTOFSTOCK, "black").withChange(Availability.INSTOCK,
						TestSnapshots.REFRESHED_AT),
				glove("g2", "BRAVO", 10, "ippal", Availability.INSTOCK, "black").withChange(Availability.OUTOFSTOCK,
						TestSnapshots.REFRESHED_AT.minusSeconds(40 * 60)),
				glove("g3", "CHARLIE", 20, "ippal", Availability.INSTOCK, "red"));

		Map<String, Object> lastQuarter = body(mvc.get().uri("/api/products/gloves?changed=15m").exchange());
		Map<String, Object> lastHour = body(mvc.get().uri("/api/products/gloves?changed=1h").exchange());

		assertThat(lastQuarter).containsEntry("total", 1);
		assertThat(products(lastQuarter)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("id", "g1")
				.containsEntry("availability", "OUTOFSTOCK")
				.containsEntry("previousAvailability", "INSTOCK")
				.containsEntry("availabilityChangedAt", "2026-11-25T12:00:00Z"));
		assertThat(products(lastHour)).extracting(row -> row.get("id")).containsExactly("g1", "g2");
		assertThat(products(lastHour).get(1)).containsEntry("previousAvailability", "OUTOFSTOCK")
			.containsEntry("availabilityChangedAt", "2026-11-25T11:20:00Z");
	}

	@Test
	void nonAsciiNamesArriveIntactAsUtf8() {
		snapshots.write(product(Category.BEANIES, "bb22", "HÄRKÄ PIPO", 20, "laion", Availability.UNKNOWN, "red"));

		Map<String, Object> body = body(mvc.get().uri("/api/products/beanies").exchange());

		assertThat(products(body)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("name", "HÄRKÄ PIPO")
				.containsEntry("availability", "UNKNOWN"));
	}

	@Test
	void filtersAndSortAreAppliedAndTotalCountsAllMatchingRows() {
		snapshots.write(glove("g1", "ALPHA", 30, "ippal", Availability.INSTOCK, "black"),
				glove("g2", "BRAVO", 10, "ippal", Availability.INSTOCK, "black", "red"),
				glove("g3", "CHARLIE", 20, "ippal", Availability.INSTOCK, "red"),
				glove("g4", "DELTA", 40, "laion", Availability.INSTOCK, "black"),
				glove("g5", "ALPHA BETA", 50, "ippal", Availability.OUTOFSTOCK, "black"));

		Map<String, Object> body = body(mvc.get()
			.uri("/api/products/gloves?availability=instock&manufacturer=IPPAL&color=black&sort=-price")
			.exchange());

		assertThat(body).containsEntry("total", 2).doesNotContainKeys("page", "size");
		assertThat(products(body)).extracting(row -> row.get("id")).containsExactly("g1", "g2");
		assertThat(products(body(mvc.get().uri("/api/products/gloves?q=alpha").exchange())))
			.extracting(row -> row.get("name"))
			.containsExactly("ALPHA", "ALPHA BETA");
	}

	@Test
	void pagedAnswerNamesItsPageAndSizeAndTotalCountsAllPages() {
		snapshots.write(glove("g1", "A", 30, "ippal", Availability.INSTOCK, "black"),
				glove("g2", "B", 10, "ippal", Availability.INSTOCK, "black"),
				glove("g3", "C", 20, "ippal", Availability.INSTOCK, "red"));

		Map<String, Object> body = body(mvc.get().uri("/api/products/gloves?size=2&page=2").exchange());

		assertThat(body).containsEntry("total", 3).containsEntry("page", 2).containsEntry("size", 2);
		assertThat(products(body)).extracting(row -> row.get("id")).containsExactly("g3");
	}

	@Test
	void beforeTheFirstSnapshotAnswers503ProblemWithRetryAfter() {
		snapshots.clear();

		MvcTestResult result = mvc.get().uri("/api/products/gloves").exchange();

		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.RETRY_AFTER, ApiProblemAdvice.RETRY_AFTER_SECONDS);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("first load");
	}

	@Test
	void revalidationWithTheCurrentETagAnswers304WithoutBody() {
		snapshots.write(glove("g1", "A", 30, "ippal", Availability.INSTOCK, "black"));
		MvcTestResult first = mvc.get().uri("/api/products/gloves?sort=price").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

		MvcTestResult again = mvc.get()
			.uri("/api/products/gloves?sort=price")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();

		assertThat(etag).startsWith("W/\"json-");
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED).hasHeader(HttpHeaders.ETAG, etag);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(again.getResponse().getHeader(HttpHeaders.VARY)).isEqualTo(HttpHeaders.ACCEPT_ENCODING);
		assertThat(first.getResponse().getHeaders(HttpHeaders.ETAG)).hasSize(1);
	}

	@Test
	void etagChangesWithTheSnapshotAndWithTheQuery() {
		snapshots.write(glove("g1", "A", 30, "ippal", Availability.INSTOCK, "black"));
		String etag = etag("/api/products/gloves");
		String otherQuery = etag("/api/products/gloves?q=a");

		snapshots.write(glove("g1", "A", 31, "ippal", Availability.INSTOCK, "black"));
		MvcTestResult afterRefresh = mvc.get()
			.uri("/api/products/gloves")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();

		assertThat(otherQuery).isNotEqualTo(etag);
		assertThat(afterRefresh).hasStatusOk();
		assertThat(afterRefresh.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(products(body(afterRefresh))).extracting(row -> row.get("price")).containsExactly(31);
	}

	@Test
	void answerIsRenderedOncePerSnapshotAndQuery() throws Exception {
		snapshots.write(glove("g1", "A", 30, "ippal", Availability.INSTOCK, "black"));
		String first = mvc.get().uri("/api/products/gloves").exchange().getResponse().getContentAsString();
		// Rows changed behind the snapshot's back: only a new version may show them
		jdbc.sql("UPDATE product SET price = 99").update();

		String second = mvc.get().uri("/api/products/gloves").exchange().getResponse().getContentAsString();

		assertThat(second).isEqualTo(first).contains("\"price\":30");
	}

	private String etag(String uri) {
		return mvc.get().uri(uri).exchange().getResponse().getHeader(HttpHeaders.ETAG);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> products(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("products");
	}

}
