package com.inventorytracker.system;

import java.net.http.HttpResponse;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.web.api.InventoryWebTest;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@InventoryWebTest
class SecurityHeadersTests {

	@Autowired
	TestSnapshots snapshots;

	private final LocalServer server;

	SecurityHeadersTests(@LocalServerPort int port) {
		this.server = new LocalServer(port);
	}

	@BeforeEach
	void setUp() {
		snapshots.write(TestSnapshots.product(Category.GLOVES, "g1", "A", 10, "ippal", Availability.INSTOCK, "black"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(textBlock = """
			/,                            text/html
			/no-such-page,                text/html
			/test-only/fail,              text/html
			/api/products/gloves,         application/json
			/api/products/gloves.csv,     text/csv
			/api/products/nope,           application/json
			/api/nothing-here,            application/json
			/api/status,                  application/json
			/actuator/health,             application/json
			/test-only/echo?q=%FF,        text/html
			""")
	void everyAnswerCarriesTheSecurityHeaders(String path, String accept) throws Exception {
		HttpResponse<String> response = server.get(path, accept);

		assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
			.hasValue(
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
							+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
			.hasValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		assertThat(response.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
	}

}
