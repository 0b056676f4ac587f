package com.inventorytracker.web.api;

import java.time.Instant;
import java.util.List;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.refresh.SourceStatus.SourceKind;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.inventorytracker.refresh.TestSnapshots.glove;
import static org.assertj.core.api.Assertions.assertThat;

@InventoryWebTest
class StatusApiTests {

	static final Instant SUCCESS = Instant.parse("2026-11-25T12:00:00Z");

	static final Instant FAILURE = Instant.parse("2026-11-25T12:05:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RefreshStatusService status;

	@Autowired
	TestSnapshots snapshots;

	@Test
	void statusListsSnapshotAndEverySourceByName() {
		long version = snapshots.write(TestSnapshots.REFRESHED_AT,
				List.of(glove("g1", "A", 30, "ippal", Availability.INSTOCK, "black")),
				new SourceStatus(SourceKind.CATEGORY, "gloves", 1, SUCCESS, SUCCESS, null, false),
				new SourceStatus(SourceKind.MANUFACTURER, "ippal", 1, SUCCESS, FAILURE,
						"availability-empty after 6 attempts", true));

		MvcTestResult result = mvc.get().uri("/api/status").exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"snapshotVersion":%d,"refreshedAt":"2026-11-25T12:00:00Z","nextRefreshAt":null,"refreshing":false,
				 "categories":{"gloves":{"count":1,"lastSuccess":"2026-11-25T12:00:00Z",
				                         "lastAttempt":"2026-11-25T12:00:00Z","lastError":null,"stale":false}},
				 "manufacturers":{"ippal":{"count":1,"lastSuccess":"2026-11-25T12:00:00Z",
				                           "lastAttempt":"2026-11-25T12:05:00Z",
				                           "lastError":"availability-empty after 6 attempts","stale":true}},
				 "lastRun":null,"refreshedBy":"web.1","lastError":null}
				""".formatted(version));
	}

	@Test
	void beforeTheFirstSnapshotStatusSaysVersionZero() {
		snapshots.clear();

		MvcTestResult result = mvc.get().uri("/api/status").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"snapshotVersion":0,"refreshedAt":null,"refreshing":false,"categories":{},"manufacturers":{}}
				""");
	}

	@Test
	void revalidationAnswers304UntilTheStatusChanges() {
		snapshots.write(glove("g1", "A", 30, "ippal", Availability.INSTOCK, "black"));
		String etag = mvc.get().uri("/api/status").exchange().getResponse().getHeader(HttpHeaders.ETAG);

		MvcTestResult unchanged = mvc.get().uri("/api/status").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		snapshots.sources(new SourceStatus(SourceKind.MANUFACTURER, "ippal", 1, SUCCESS, FAILURE, "HTTP 503", true));
		MvcTestResult changed = mvc.get().uri("/api/status").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();

		assertThat(unchanged).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(unchanged.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(changed).hasStatusOk();
		assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(changed).bodyJson().extractingPath("$.manufacturers.ippal.lastError").isEqualTo("HTTP 503");
	}

}
