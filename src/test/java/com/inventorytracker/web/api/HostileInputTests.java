package com.inventorytracker.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests over real HTTP, sent byte for byte as written here. Each answer is a
 * 4xx, or a 200 that carries no markup of the request. None is a 5xx, and none names the
 * server's software or an exception.
 */
@InventoryWebTest
class HostileInputTests {

	private static final String LONG = "x".repeat(10_000);

	@LocalServerPort
	int port;

	@Autowired
	TestSnapshots snapshots;

	@BeforeEach
	void setUp() {
		snapshots.write(glove("g1", "KOLHEMAK", 30, "ippal", Availability.INSTOCK, "black"));
	}

	static Stream<String> hostileRequests() {
		return Stream.concat(
				Stream.of("/api/products/gloves", "/api/products/gloves.csv").flatMap(HostileInputTests::filters),
				paths());
	}

	private static Stream<String> filters(String route) {
		return Stream.of(
				// markup
				"?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "?manufacturer=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
				"?color=%22%3E%3Csvg%2Fonload%3Dalert(1)%3E",
				// SQL
				"?q=%27%20OR%201%3D1%20--", "?q=%27%3B%20DROP%20TABLE%20product%3B%20--",
				"?manufacturer=ippal%27%20OR%20%271%27%3D%271", "?sort=name%3B%20DELETE%20FROM%20product",
				"?sort=price%2C(SELECT%201)",
				// very long values
				"?q=" + LONG, "?q=" + "y".repeat(2_000), "?manufacturer=" + "m".repeat(500),
				// bad enums
				"?availability=INSTOCK%27", "?availability=in_stock", "?sort=%2B%2Bprice", "?sort=-",
				// numbers
				"?page=-1&size=10", "?page=0&size=10", "?page=99999999999999999999&size=10", "?page=abc&size=10",
				"?size=-5", "?size=0", "?size=2147483648", "?size=1e3", "?page=100000&size=1000",
				"?page=%20%207%20&size=1",
				// durations
				"?changed=99999999999999999999d", "?changed=9223372036854775807s",
				"?changed=1h%3B%20DELETE%20FROM%20product", "?changed=P1D",
				// unicode, control characters, broken encoding
				"?q=%E2%80%AE%F0%9F%98%80%C3%84", "?q=%FF%FE", "?manufacturer=%C3%A4ppal", "?q=%00",
				"?availability=%00", "?q=a%0D%0ASet-Cookie%3A%20x%3D1", "?q=a&q=b&q=%3Cb%3E", "?q%00=x", "?=&&==&q",
				"?q=%", "?q=%zz", "?q=%E0%A4%A")
			.map(query -> route + query);
	}

	private static Stream<String> paths() {
		return Stream.of("/api/products/%3Cscript%3E", "/api/products/%3Cscript%3E.csv",
				"/api/products/..%2F..%2Fetc%2Fpasswd", "/api/products/..%2F..%2Fetc%2Fpasswd.csv",
				"/api/products/..%252F..%252Fetc%252Fpasswd", "/api/products/%2e%2e/%2e%2e/etc/passwd",
				"/api/products/gloves%00", "/api/products/%00.csv", "/api/products/gloves%27%20OR%201%3D1%20--",
				"/api/products/" + "c".repeat(5_000), "/api/products/%C3%A4", "/api/products/gloves;jsessionid=x",
				"/api/products/gloves.csv.csv", "/api/%3Cscript%3E", "/api/status?x=%3Cscript%3E");
	}

	@ParameterizedTest
	@MethodSource("hostileRequests")
	void hostileRequestIsRefusedOrAnsweredSafely(String request) throws IOException {
		RawResponse response = send(request);

		assertThat(response.status()).as(request).matches(code -> code == 200 || code / 100 == 4, "200 or 4xx");
		assertThat(response.body()).as(request)
			.doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<img")
			.doesNotContainIgnoringCase("<svg")
			.doesNotContain("Exception")
			.doesNotContain("Tomcat");
		assertThat(response.head()).as(request).doesNotContainIgnoringCase("Set-Cookie");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Accept: nonsense", "Accept: */*;q=abc", "Accept: text/csv;;;=", "Accept: a/b,",
			"Accept-Encoding: gzip;q=banana", "Accept-Encoding: \u00e4", "If-None-Match: \"", "If-None-Match: W/",
			"If-None-Match: *", "If-Modified-Since: yesterday", "Range: bytes=9-1", "Content-Type: application/json" })
	void hostileHeaderIsRefusedOrAnsweredSafely(String header) throws IOException {
		for (String route : new String[] { "/api/products/gloves", "/api/products/gloves.csv", "/api/status" }) {
			RawResponse response = send(route, header);

			assertThat(response.status()).as(route + " " + header)
				.matches(code -> code == 200 || code / 100 == 4 || code == 304, "200, 304 or 4xx");
			assertThat(response.body()).as(route + " " + header).doesNotContain("Exception");
		}
	}

	/**
	 * HTTP/1.0 over a plain socket: the request line goes out byte for byte (no client
	 * library would send {@code %zz}), and the answer comes back unchunked, ending with
	 * the connection.
	 */
	private RawResponse send(String target, String... headers) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.0\r\nHost: localhost\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int headEnd = answer.indexOf("\r\n\r\n");
			String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
			String body = headEnd < 0 ? "" : answer.substring(headEnd + 4);
			return new RawResponse(Integer.parseInt(head.substring(9, 12)), head, body);
		}
	}

	private record RawResponse(int status, String head, String body) {
	}

}
