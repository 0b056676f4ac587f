package com.inventorytracker.web.api;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error under /api/ is an RFC 9457 problem that says what to fix, and nothing about
 * the server's inside.
 */
@InventoryWebTest
class ApiProblemTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestSnapshots snapshots;

	@Autowired
	RefreshStatusService status;

	@BeforeEach
	void setUp() {
		snapshots.write(glove("g1", "A", 30, "ippal", Availability.INSTOCK, "black"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/products/shoes", "/api/products/GLOVES", "/api/products/shoes.csv" })
	void unknownCategoryIs404ProblemListingTheCategories(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();

		assertProblem(result, HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"status":404,"title":"Not Found","detail":"There is no category of that name.",
				 "allowedValues":["gloves","facemasks","beanies"]}
				""");
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			availability | SOMETIMES | availability must be one of INSTOCK, LESSTHAN10, OUTOFSTOCK, UNKNOWN
			sort         | colour    | sort must be one of name, price, manufacturer, availability
			sort         | --price   | sort must be one of name, price, manufacturer, availability
			page         | 0         | page must be a whole number from 1 to 100000
			page         | -3        | page must be a whole number from 1 to 100000
			page         | two       | page must be a whole number from 1 to 100000
			page         | 99999999999 | page must be a whole number from 1 to 100000
			size         | 1001      | size must be a whole number from 1 to 1000
			size         | 1.5       | size must be a whole number from 1 to 1000
			manufacturer | <b>x</b>  | manufacturer must be a name of letters and digits, at most 40 characters
			color        | dark red  | color must be a name of letters and digits, at most 40 characters
			changed      | 0s        | changed must be a positive duration in seconds, minutes, hours or days
			changed      | 1w        | changed must be a positive duration in seconds, minutes, hours or days
			changed      | -15m      | changed must be a positive duration in seconds, minutes, hours or days
			""")
	void badParameterIs400ProblemNamingTheParameterForJsonAndCsv(String parameter, String value, String message) {
		for (String route : new String[] { "/api/products/gloves", "/api/products/gloves.csv" }) {
			MvcTestResult result = mvc.get().uri(route).queryParam(parameter, value).exchange();

			assertProblem(result, HttpStatus.BAD_REQUEST);
			assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
			assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith(message);
		}
	}

	@Test
	void tooLongSearchIs400ProblemNamingQ() {
		MvcTestResult result = mvc.get().uri("/api/products/gloves").queryParam("q", "x".repeat(101)).exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"parameter":"q","detail":"q must be at most 100 characters"}
				""");
	}

	@Test
	void enumParametersListTheirAllowedValues() {
		assertThat(mvc.get().uri("/api/products/gloves?availability=maybe").exchange()).bodyJson()
			.extractingPath("$.allowedValues")
			.asArray()
			.containsExactly("INSTOCK", "LESSTHAN10", "OUTOFSTOCK", "UNKNOWN");
		assertThat(mvc.get().uri("/api/products/gloves?sort=size").exchange()).bodyJson()
			.extractingPath("$.allowedValues")
			.asArray()
			.contains("name", "-name", "price", "-price", "manufacturer", "-manufacturer", "availability",
					"-availability");
	}

	@Test
	void typeMismatchIs400ProblemNamingTheParameter() {
		MvcTestResult result = mvc.get().uri("/api/test-only/typed?count=many").exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"parameter":"count","detail":"count must be a number"}
				""");
	}

	@Test
	void missingParameterIs400ProblemNamingTheParameter() {
		MvcTestResult result = mvc.get().uri("/api/test-only/required").exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"parameter":"name","detail":"name is required"}
				""");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/products/gloves", "/api/products/gloves.csv", "/api/status" })
	void wrongMethodIs405ProblemWithAllow(String uri) {
		MvcTestResult result = mvc.post().uri(uri).exchange();

		assertProblem(result, HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(result.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("POST");
	}

	@Test
	void unacceptableMediaTypeIs406Problem() {
		MvcTestResult result = mvc.get().uri("/api/status").accept(MediaType.TEXT_HTML).exchange();

		assertProblem(result, HttpStatus.NOT_ACCEPTABLE);
		assertThat(mvc.get().uri("/api/products/gloves").accept(MediaType.parseMediaType("text/csv")).exchange())
			.hasStatus(HttpStatus.NOT_ACCEPTABLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/nothing", "/api/products", "/api/products/gloves/extra", "/api/products/gloves.json",
			"/api/status/x" })
	void unknownApiPathIs404Problem(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();

		assertProblem(result, HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("There is no API resource");
	}

	@Test
	void unexpectedFailureIs500ProblemWithoutExceptionNameOrMessage() {
		MvcTestResult result = mvc.get().uri("/api/test-only/fail").exchange();

		assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(result).bodyText()
			.doesNotContain(TestOnlyApiRoutes.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("java.")
			.doesNotContain("\tat ");
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo(status.getReasonPhrase());
	}

}
