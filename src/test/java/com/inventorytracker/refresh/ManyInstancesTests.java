package com.inventorytracker.refresh;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.inventorytracker.InventoryTrackerApplication;
import com.inventorytracker.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the whole application on one PostgreSQL database, as two Heroku dynos:
 * each with its own web server, both reading the WireMock legacy API of the refresh
 * tests, refreshing only when a test says so (through the lock, as the schedule does).
 */
class ManyInstancesTests {

	static final String DATABASE = "many_instances";

	static final Duration INTERVAL = Duration.ofSeconds(30);

	static final HttpClient http = HttpClient.newHttpClient();

	static ConfigurableApplicationContext web1;

	static ConfigurableApplicationContext web2;

	@BeforeAll
	static void startTwoInstances() {
		web1 = start("web.1");
		web2 = start("web.2");
	}

	@AfterAll
	static void stopThem() {
		web1.close();
		web2.close();
	}

	/**
	 * Ended, as one interval after the last run; not deleted, as ShedLock remembers the
	 * rows it has made.
	 */
	@BeforeEach
	void goodUpstreamAndFreeLock() {
		UpstreamStubbedTest.upstream.resetAll();
		TestWarehouse.stubGoodAnswers(UpstreamStubbedTest.upstream);
		jdbc(web1).sql("UPDATE shedlock SET lock_until = timezone('utc', now())").update();
	}

	@Test
	void onlyOneInstanceRefreshesWithinAnInterval() {
		long before = status(web1).current().snapshotVersion();

		assertThat(lock(web1).refresh()).isTrue();
		assertThat(lock(web2).refresh()).isFalse();
		assertThat(lock(web1).refresh()).isFalse();
		assertThat(lock(web2).refresh()).isFalse();

		RefreshStatus status = status(web1).current();
		assertThat(status.snapshotVersion()).isEqualTo(before + 1);
		assertThat(status.refreshedBy()).isEqualTo("web.1");
		assertThat(jdbc(web1).sql("SELECT locked_by FROM shedlock WHERE name = 'refresh'").query(String.class).single())
			.isEqualTo("web.1");
	}

	@Test
	void anotherInstanceTakesOverWhenTheHolderDiedWithoutReleasing() {
		// what ShedLock leaves behind when its holder is killed mid-run: the row, until
		// its lifetime ends
		jdbc(web1).sql("""
				INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
				VALUES ('refresh', timezone('utc', now()) + interval '2 seconds', timezone('utc', now()), 'web.9')
				ON CONFLICT (name) DO UPDATE SET lock_until = excluded.lock_until, locked_at = excluded.locked_at,
				    locked_by = excluded.locked_by
				""").update();
		long before = status(web2).current().snapshotVersion();

		assertThat(lock(web2).refresh()).isFalse();
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> lock(web2).refresh());

		assertThat(status(web2).current().snapshotVersion()).isEqualTo(before + 1);
		assertThat(status(web2).current().refreshedBy()).isEqualTo("web.2");
	}

	@Test
	void bothInstancesServeTheNewSnapshotWithinAboutASecondWithTheSameStatus() throws Exception {
		assertThat(lock(web2).refresh()).isTrue();
		long version = status(web2).current().snapshotVersion();

		await().atMost(Duration.ofSeconds(5)).until(() -> status(web1).current().snapshotVersion() == version);

		String first = get(web1, "/api/status").body();
		assertThat(first).contains("\"snapshotVersion\":" + version, "\"refreshedBy\":\"web.2\"", "\"lastError\":null");
		assertThat(get(web2, "/api/status").body()).isEqualTo(first);
		assertThat(get(web1, "/gloves").body()).contains("data-snapshot-version=\"" + version + "\"");
	}

	@Test
	void aRestartedInstanceServesTheSharedSnapshotAtOnce() throws Exception {
		if (status(web1).current().snapshotVersion() == 0) {
			assertThat(lock(web1).refresh()).isTrue();
		}
		long version = status(web1).current().snapshotVersion();

		try (ConfigurableApplicationContext restarted = start("web.3")) {
			HttpResponse<String> page = get(restarted, "/gloves?size=5");

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("data-snapshot-version=\"" + version + "\"", "data-product-id=");
			assertThat(get(restarted, "/api/status").body()).contains("\"refreshedBy\":\"web.");
		}
	}

	@Test
	void aLostDatabaseLeavesCachedPagesAnsweringShowsInHealthAndStatusAndHealsByItself() throws Exception {
		assertThat(lock(web1).refresh()).isTrue();
		long version = status(web1).current().snapshotVersion();
		String page = get(web1, "/gloves?size=5").body();

		try {
			connections(false);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> String.valueOf(status(web1).current().lastError()).startsWith("database unavailable"));

			assertThat(get(web1, "/gloves?size=5").body()).isEqualTo(page);
			HttpResponse<String> health = get(web1, "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"db\":{\"status\":\"DOWN\"}")
				.doesNotContain("diskSpace", "PostgreSQL");
			assertThat(get(web1, "/gloves?size=7").statusCode()).isEqualTo(503);
			assertThat(lock(web1).refresh()).isFalse();
			assertThat(status(web1).current().snapshotVersion()).isEqualTo(version);
		}
		finally {
			connections(true);
		}
		// every instance heals, not only the one that saw it go
		await().atMost(Duration.ofSeconds(20))
			.until(() -> status(web1).current().lastError() == null && status(web2).current().lastError() == null);
		HttpResponse<String> healed = get(web1, "/actuator/health");
		assertThat(healed.statusCode()).isEqualTo(200);
		assertThat(healed.body()).contains("\"db\":{\"status\":\"UP\"}", "\"snapshotVersion\":" + version);
	}

	/**
	 * Lost and found again, as far as the instances can tell: no new connection, the open
	 * ones cut.
	 */
	private static void connections(boolean allowed) throws SQLException {
		try (Connection admin = DriverManager.getConnection(TestPostgres.admin());
				Statement statement = admin.createStatement()) {
			statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS " + allowed);
			if (!allowed) {
				statement.execute(
						"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
			}
		}
	}

	private static ConfigurableApplicationContext start(String name) {
		return new SpringApplicationBuilder(InventoryTrackerApplication.class).run(
				"--inventory.test.postgres-database=" + DATABASE, "--server.port=0",
				"--inventory.instance-name=" + name, "--inventory.refresh.interval=" + INTERVAL.toSeconds() + "s",
				"--inventory.upstream.base-url=" + UpstreamStubbedTest.upstream.baseUrl(),
				// a lost database fails each request within a second, not the 5 s a dyno
				// waits
				"--spring.datasource.hikari.connection-timeout=1000");
	}

	private static RefreshJob lock(ConfigurableApplicationContext context) {
		return context.getBean(RefreshJob.class);
	}

	private static RefreshStatusService status(ConfigurableApplicationContext context) {
		return context.getBean(RefreshStatusService.class);
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		String port = context.getEnvironment().getProperty("local.server.port");
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
