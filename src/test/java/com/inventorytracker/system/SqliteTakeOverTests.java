package com.inventorytracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.refresh.RefreshStatusService;
import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SQLite file made by the schema script of the versions before migrations, with its
 * snapshot, is taken over.
 */
@JdbcTest(properties = "spring.datasource.url=jdbc:sqlite:" + SqliteTakeOverTests.FILE)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ ProductRepository.class, TestSnapshots.Slice.class })
class SqliteTakeOverTests {

	static final String FILE = "target/test-db/made-before-migrations.db";

	static {
		try {
			Path file = Path.of(FILE);
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			// today's schema script, as the versions before migrations ran it at every
			// start
			String schema = new ClassPathResource("db/migration/sqlite/V1__snapshot.sql")
				.getContentAsString(StandardCharsets.UTF_8);
			try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + FILE);
					Statement statement = connection.createStatement()) {
				for (String ddl : schema.split(";")) {
					if (!ddl.isBlank()) {
						statement.execute(ddl);
					}
				}
				statement.execute(
						"""
								INSERT INTO product (category, id, name, search_name, colors, price, manufacturer,
								                     availability, availability_rank, availability_checked_at)
								VALUES ('gloves', 'a1', 'KOLHEMAK', 'kolhemak', ',black,', 69, 'ippal', 'INSTOCK', 0, 1764072000000)
								""");
				statement.execute("INSERT INTO snapshot (id, version, refreshed_at) VALUES (1, 41, 1764072000000)");
			}
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProductRepository products;

	@Autowired
	RefreshStatusService status;

	@Test
	void theSnapshotOnDiskIsKeptAndTheSchemaMigratedOverIt() {
		assertThat(status.current().snapshotVersion()).isEqualTo(41);
		assertThat(products.find(Category.GLOVES, ProductQuery.ALL).products()).singleElement().satisfies(product -> {
			assertThat(product.name()).isEqualTo("KOLHEMAK");
			assertThat(product.previousAvailability()).isNull();
			assertThat(product.availabilityChangedAt()).isNull();
		});
		assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
			.query(String.class)
			.list()).startsWith("0", "1", "1.1");
	}

}
