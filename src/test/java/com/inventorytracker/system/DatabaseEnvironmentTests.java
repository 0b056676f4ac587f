package com.inventorytracker.system;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseEnvironmentTests {

	@Test
	void herokuDatabaseUrlBecomesAJdbcUrlWithUserAndPassword() {
		MockEnvironment environment = environment("jdbc:sqlite:data/inventory.db").withProperty("DATABASE_URL",
				"postgres://u1ser:p%40ss:w0rd@ec2-1-2-3-4.compute.amazonaws.com:5432/d9ab");

		process(environment);

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d9ab");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("u1ser");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("p@ss:w0rd");
		assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts"))
			.isEqualTo("true");
		assertThat(environment.getProperty("spring.datasource.driver-class-name")).isNull();
		assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.journal_mode")).isNull();
	}

	@Test
	void postgresqlSchemeAndOptionsAreKept() {
		MockEnvironment environment = environment("jdbc:sqlite:data/inventory.db").withProperty("DATABASE_URL",
				"postgresql://u:p@db.example.com/inventory?sslmode=require");

		process(environment);

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example.com/inventory?sslmode=require");
	}

	@Test
	void springDatasourceUrlWinsOverDatabaseUrl() {
		// what the Java buildpack sets beside DATABASE_URL when a Heroku Postgres add-on
		// is attached
		String buildpackUrl = "jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d9ab?password=p&sslmode=require&user=u";
		MockEnvironment environment = environment(buildpackUrl).withProperty("SPRING_DATASOURCE_URL", buildpackUrl)
			.withProperty("DATABASE_URL", "postgres://other:secret@elsewhere:5432/other");

		process(environment);

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(buildpackUrl);
		assertThat(environment.getProperty("spring.datasource.username")).isNull();
		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("5");
	}

	@Test
	void disableSpringDatasourceUrlKeepsTheSqliteFileDespiteDatabaseUrl() {
		MockEnvironment environment = environment("jdbc:sqlite:data/inventory.db")
			.withProperty("DISABLE_SPRING_DATASOURCE_URL", "true")
			.withProperty("DATABASE_URL", "postgres://u:p@db.example.com:5432/inventory");

		process(environment);

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:sqlite:data/inventory.db");
		assertThat(environment.getProperty("spring.datasource.driver-class-name")).isEqualTo("org.sqlite.JDBC");
		assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.journal_mode"))
			.isEqualTo("WAL");
		assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts"))
			.isNull();
	}

	@Test
	void settingsGivenInTheEnvironmentWinOverTheDatabaseDefaults() {
		MockEnvironment environment = environment("jdbc:sqlite:data/inventory.db")
			.withProperty("spring.datasource.hikari.maximum-pool-size", "8");

		process(environment);

		assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("8");
	}

	@Test
	void theFolderOfASqliteFileIsMadeButAnInMemoryDatabaseNeedsNone(@TempDir Path temp) {
		Path file = temp.resolve("fresh/clone/inventory.db");

		process(environment("jdbc:sqlite:" + file + "?busy_timeout=5000"));
		process(environment("jdbc:sqlite::memory:"));

		assertThat(file.getParent()).isDirectory();
		assertThat(file).doesNotExist();
	}

	@Test
	void aDatabaseUrlOfAnotherKindIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseEnvironment.fromHeroku("mysql://u:p@db.example.com/inventory"))
			.withMessageNotContaining("p@");
	}

	@Test
	void startUpFailureNamesTheHostButNeverTheCredentials() {
		assertThat(DatabaseUnreachableFailureAnalyzer
			.where("jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d9ab?password=secret&user=u"))
			.isEqualTo("ec2-1-2-3-4.compute.amazonaws.com:5432/d9ab");
		assertThat(DatabaseUnreachableFailureAnalyzer.where("jdbc:postgresql://u:secret@db:5432/x"))
			.isEqualTo("db:5432/x");
	}

	@Test
	void startUpWithoutTheDatabaseIsOneLineWithTheDriversReason() {
		MockEnvironment environment = environment("jdbc:postgresql://u:secret@db:5432/x?password=secret");
		Exception failure = new IllegalStateException("Failed to start",
				new SQLException("Connection to db:5432 refused.\nCheck the host", "08001"));

		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(failure);

		assertThat(analysis.getDescription())
			.isEqualTo("Cannot reach the database at db:5432/x: Connection to db:5432 refused.");
		assertThat(analysis.getCause()).isSameAs(failure);
		assertThat(new DatabaseUnreachableFailureAnalyzer(environment).analyze(new IllegalStateException("other")))
			.isNull();
	}

	private static MockEnvironment environment(String datasourceUrl) {
		return new MockEnvironment().withProperty("spring.datasource.url", datasourceUrl);
	}

	private static void process(MockEnvironment environment) {
		new DatabaseEnvironment().postProcessEnvironment(environment, new SpringApplication());
	}

}
