package com.inventorytracker.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sees of a failure outside the API: a status, never the server's inside.
 */
@InventoryWebTest
class ErrorResponsesTests {

	private final LocalServer server;

	ErrorResponsesTests(@LocalServerPort int port) {
		this.server = new LocalServer(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/html", "application/json", "*/*" })
	void serverErrorShowsNoStackTraceExceptionNameOrMessage(String accept) throws Exception {
		HttpResponse<String> response = server.get("/test-only/fail", accept);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain(TestOnlyPageRoutes.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("java.lang")
			.doesNotContain("\tat ")
			.doesNotContain("\"trace\"")
			.doesNotContain("\"exception\"")
			.doesNotContain("\"message\"");
	}

	@Test
	void unknownPageAndWrongMethodOnAPageKeepTheHtmlErrorPage() throws Exception {
		HttpResponse<String> unknown = server.get("/no-such-page", "text/html");
		HttpResponse<String> wrongMethod = server.send(server.request("/test-only/echo")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void undecodableQueryStringOnAPageIs400() throws Exception {
		HttpResponse<String> response = server.get("/test-only/echo?q=%C3%28", "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("length").doesNotContain("Exception");
	}

	@Test
	void undecodableQueryStringUnderApiIs400Problem() throws Exception {
		HttpResponse<String> response = server.get("/api/products/gloves?q=%C3%28", "*/*");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).isEqualTo(FrontDoorFilter.BAD_QUERY_STRING);
	}

	@Test
	void wellFormedQueryStringReachesTheRoute() throws Exception {
		HttpResponse<String> response = server.get("/test-only/echo?q=%C3%84%20x", "text/html");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("length 3");
	}

}
