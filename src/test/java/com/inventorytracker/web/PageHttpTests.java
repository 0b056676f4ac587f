package com.inventorytracker.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.inventorytracker.refresh.TestSnapshots;
import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.inventorytracker.web.PageFixtures.KOLHEMAK;
import static com.inventorytracker.web.PageFixtures.TAKKI;
import static com.inventorytracker.web.PageFixtures.rowIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached pages over real HTTP: compression, validators and the server's own error
 * pages. The server's own compression is on, as in production, to show that it leaves the
 * pre-compressed pages alone.
 */
@InventoryWebTest
class PageHttpTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestSnapshots snapshots;

	private long version;

	@BeforeEach
	void writeSnapshot() {
		version = snapshots.write(PageFixtures.REFRESHED_AT, PageFixtures.ALL);
	}

	@Test
	void gzipAnswerIsTheSamePageCompressedOnceWithTheSameWeakETag() throws Exception {
		HttpResponse<byte[]> gzip = send(request("/gloves").header("Accept-Encoding", "gzip, deflate, br"));
		HttpResponse<byte[]> plain = send(request("/gloves"));

		assertThat(gzip.statusCode()).isEqualTo(200);
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.headers().firstValue("Vary"))
			.hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(gzip.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(gzip.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(gzip.headers().firstValue("ETag"))
			.hasValueSatisfying(etag -> assertThat(etag).startsWith("W/\"page-" + version + "-"));
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.headers().firstValue("ETag")).isEqualTo(gzip.headers().firstValue("ETag"));
		assertThat(gzip.headers().firstValueAsLong("Content-Length")).hasValue(gzip.body().length);
		assertThat(gunzip(gzip.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
		assertThat(gzip.body().length).isLessThan(plain.body().length);
	}

	@Test
	void matchingETagAnswersNotModifiedWithoutABody() throws Exception {
		HttpResponse<byte[]> first = send(request("/gloves?sort=price").header("Accept-Encoding", "gzip"));
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> again = send(
				request("/gloves?sort=price").header("Accept-Encoding", "gzip").header("If-None-Match", etag));
		HttpResponse<byte[]> otherQuery = send(
				request("/gloves?sort=-price").header("Accept-Encoding", "gzip").header("If-None-Match", etag));

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(otherQuery.statusCode()).isEqualTo(200);
	}

	@Test
	void aNewSnapshotVersionIsServedAtOnce() throws Exception {
		HttpResponse<byte[]> before = send(request("/gloves"));
		String etag = before.headers().firstValue("ETag").orElseThrow();
		long next = snapshots.write(PageFixtures.REFRESHED_AT, List.of(TAKKI));

		HttpResponse<byte[]> after = send(request("/gloves").header("If-None-Match", etag));

		assertThat(rowIds(text(before))).contains(KOLHEMAK.id());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(rowIds(text(after))).containsExactly(TAKKI.id());
		assertThat(text(after)).contains("data-snapshot-version=\"" + next + "\"");
	}

	@Test
	void otherUnknownAddressesAnswerTheNotFoundPageInTheLayout() throws Exception {
		HttpResponse<byte[]> response = send(request("/gloves/extra").header("Accept", "text/html"));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(text(response)).contains("<h1>Page not found</h1>")
			.contains("<a class=\"button\" href=\"/\">Back to all categories</a>")
			.contains("<a href=\"/beanies\"><span>Beanies</span>")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
	}

	@Test
	void staticAssetsHaveContentVersionedUrlsCachedForAYear() throws Exception {
		String html = text(send(request("/gloves")));
		for (String pattern : List.of("href=\"(/css/tracker-[0-9a-f]{32}\\.css)\"",
				"src=\"(/js/tracker-[0-9a-f]{32}\\.js)\"")) {
			Matcher asset = Pattern.compile(pattern).matcher(html);
			assertThat(asset.find()).as(pattern).isTrue();

			HttpResponse<byte[]> response = send(request(asset.group(1)));

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isNotEmpty();
			assertThat(response.headers().firstValue("Cache-Control"))
				.hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.GET().build(), BodyHandlers.ofByteArray());
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
