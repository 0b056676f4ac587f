package com.inventorytracker.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, with a client that decodes nothing by itself: what goes over the wire
 * is what is asserted.
 */
@InventoryWebTest
class ApiCompressionTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestSnapshots snapshots;

	@BeforeEach
	void setUp() {
		Product[] gloves = IntStream.range(0, 200)
			.mapToObj(i -> glove("id" + i, "KÄSINE NUMERO " + i, 10 + i, "ippal", Availability.INSTOCK, "black"))
			.toArray(Product[]::new);
		snapshots.write(gloves);
	}

	@Test
	void jsonIsSentPreGzippedToClientsThatAcceptGzip() throws Exception {
		HttpResponse<byte[]> plain = get("/api/products/gloves", null);
		HttpResponse<byte[]> gzipped = get("/api/products/gloves", "gzip, deflate, br");

		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().allValues("Vary")).contains("Accept-Encoding");
		assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 5);
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("\"name\":\"KÄSINE NUMERO 199\"");
	}

	@Test
	void clientsThatRefuseGzipGetIdentity() throws Exception {
		HttpResponse<byte[]> refused = get("/api/products/gloves", "gzip;q=0, identity");

		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).startsWith("{\"category\":\"gloves\"");
	}

	@Test
	void csvIsCompressedByTheServer() throws Exception {
		HttpResponse<byte[]> plain = get("/api/products/gloves.csv", null);
		HttpResponse<byte[]> gzipped = get("/api/products/gloves.csv", "gzip");

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("\r\nid199,KÄSINE NUMERO 199,");
	}

	@Test
	void etagRevalidationAnswers304OverHttp() throws Exception {
		for (String uri : new String[] { "/api/products/gloves", "/api/products/gloves.csv", "/api/status" }) {
			HttpResponse<byte[]> first = get(uri, "gzip");
			String etag = first.headers().firstValue("ETag").orElseThrow();

			HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(url(uri)))
				.header("Accept-Encoding", "gzip")
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofByteArray());

			assertThat(again.statusCode()).as(uri).isEqualTo(304);
			assertThat(again.body()).as(uri).isEmpty();
			assertThat(again.headers().firstValue("ETag")).as(uri).hasValue(etag);
		}
	}

	private HttpResponse<byte[]> get(String uri, String acceptEncoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(uri)));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(uri).isEqualTo(200);
		return response;
	}

	private String url(String uri) {
		return "http://localhost:" + port + uri;
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
