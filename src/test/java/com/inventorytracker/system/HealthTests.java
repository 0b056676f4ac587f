package com.inventorytracker.system;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.refresh.SourceStatus.SourceKind;
import com.inventorytracker.refresh.TestSnapshots;
import com.inventorytracker.web.api.InventoryWebTest;
import com.inventorytracker.web.api.WebTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@InventoryWebTest
class HealthTests {

	static final Instant REFRESHED_AT = WebTestConfiguration.NOW.minusSeconds(90);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RefreshStatusService status;

	@Autowired
	JsonMapper json;

	@Autowired
	TestSnapshots snapshots;

	private final LocalServer server;

	HealthTests(@LocalServerPort int port) {
		this.server = new LocalServer(port);
	}

	@Test
	void healthIsUpWithTheSnapshotsVersionAndAge() throws Exception {
		long version = snapshots.write(REFRESHED_AT, List.of(glove()));

		Answer health = get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).containsEntry("status", "UP");
		assertThat(snapshotDetails(health)).containsEntry("snapshotVersion", (int) version)
			.containsEntry("refreshedAt", "2026-11-25T12:28:30Z")
			.containsEntry("age", "PT1M30S")
			.containsEntry("ageSeconds", 90)
			.containsEntry("staleSources", List.of());
	}

	@Test
	void staleSourcesAreListedWhileHealthStaysUp() throws Exception {
		snapshots.write(REFRESHED_AT, List.of(glove()),
				new SourceStatus(SourceKind.CATEGORY, "gloves", 1, REFRESHED_AT, REFRESHED_AT, null, false),
				new SourceStatus(SourceKind.MANUFACTURER, "ippal", 1, REFRESHED_AT, WebTestConfiguration.NOW,
						"HTTP 503 after 6 attempts", true));

		Answer health = get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).containsEntry("status", "UP");
		assertThat(snapshotDetails(health).get("staleSources")).isEqualTo(List.of(Map.of("kind", "manufacturer", "name",
				"ippal", "lastSuccess", "2026-11-25T12:28:30Z", "lastError", "HTTP 503 after 6 attempts")));
	}

	@Test
	void beforeTheFirstSnapshotHealthIsOutOfServiceSayingFirstLoad() throws Exception {
		snapshots.clear();

		Answer health = get("/actuator/health");

		assertThat(health.status()).isEqualTo(503);
		assertThat(health.body()).containsEntry("status", "OUT_OF_SERVICE");
		assertThat(snapshotDetails(health)).containsEntry("snapshot", "first load in progress")
			.doesNotContainKey("snapshotVersion");
	}

	@Test
	void beforeTheFirstSnapshotTheAppIsLiveButNotReady() throws Exception {
		snapshots.clear();

		assertThat(get("/actuator/health/liveness").body()).containsEntry("status", "UP");
		Answer readiness = get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(503);
		assertThat(readiness.body()).containsEntry("status", "OUT_OF_SERVICE");

		snapshots.write(REFRESHED_AT, List.of(glove()));
		assertThat(get("/actuator/health/readiness").body()).containsEntry("status", "UP");
	}

	@Test
	void databaseCheckIsUpWithoutNamingTheDatabase() throws Exception {
		Answer health = get("/actuator/health");

		assertThat(component(health, "db")).containsEntry("status", "UP").doesNotContainKey("details");
		assertThat(health.body().toString()).doesNotContainIgnoringCase("sqlite")
			.doesNotContainIgnoringCase("postgres");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/metrics",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings",
			"/actuator/shutdown" })
	void noOtherActuatorEndpointIsExposed(String path) throws Exception {
		HttpResponse<String> response = server.send(server.request(path));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("spring.datasource").doesNotContain("java.version");
	}

	private static Product glove() {
		return TestSnapshots.product(Category.GLOVES, "g1", "A", 10, "ippal", Availability.INSTOCK, "black");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> component(Answer health, String name) {
		return (Map<String, Object>) ((Map<String, Object>) health.body().get("components")).get(name);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> snapshotDetails(Answer health) {
		return (Map<String, Object>) component(health, "snapshot").get("details");
	}

	@SuppressWarnings("unchecked")
	private Answer get(String path) throws Exception {
		HttpResponse<String> response = server.send(server.request(path));
		return new Answer(response.statusCode(), json.readValue(response.body(), Map.class));
	}

	private record Answer(int status, Map<String, Object> body) {
	}

}
