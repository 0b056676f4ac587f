package com.inventorytracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * One jar on either database: Heroku's {@code DATABASE_URL} when
 * {@code SPRING_DATASOURCE_URL} is unset (unless {@code DISABLE_SPRING_DATASOURCE_URL}),
 * then the chosen database's defaults below everything else, and a SQLite file's folder,
 * which SQLite does not make. Unordered, it runs after the configuration files are read.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor {

	private static final String SQLITE = "jdbc:sqlite:";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String databaseUrl = environment.getProperty("DATABASE_URL", "");
		if (!databaseUrl.isBlank() && environment.getProperty("SPRING_DATASOURCE_URL", "").isBlank()
				&& !environment.getProperty("DISABLE_SPRING_DATASOURCE_URL", Boolean.class, false)) {
			environment.getPropertySources().addFirst(new MapPropertySource("DATABASE_URL", fromHeroku(databaseUrl)));
		}
		String url = environment.getProperty("spring.datasource.url", "");
		String database = url.startsWith("jdbc:postgresql:") ? "postgresql" : url.startsWith(SQLITE) ? "sqlite" : null;
		if (database == null) {
			return;
		}
		// an in-memory database or a file: URI is left to SQLite
		String file = url.substring(SQLITE.length()).replaceFirst("\\?.*", "");
		String resource = "datasource/" + database + ".properties";
		try {
			environment.getPropertySources()
				.addLast(new ResourcePropertySource(resource, new ClassPathResource(resource)));
			if (database.equals("sqlite") && !file.isEmpty() && !file.equals(":memory:") && !file.startsWith("file:")) {
				Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the " + database + " database: " + ex.getMessage(), ex);
		}
	}

	/** {@code postgres[ql]://user:password@host:port/db?options} */
	static Map<String, Object> fromHeroku(String databaseUrl) {
		URI uri = URI.create(databaseUrl.trim());
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw new IllegalArgumentException(
					"DATABASE_URL must start with postgres://, was " + uri.getScheme() + "://…");
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		String port = (uri.getPort() < 0) ? "" : ":" + uri.getPort();
		String query = (uri.getRawQuery() == null) ? "" : "?" + uri.getRawQuery();
		properties.put("spring.datasource.url", "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query);
		if (uri.getRawUserInfo() != null) {
			String[] credentials = uri.getRawUserInfo().split(":", 2);
			properties.put("spring.datasource.username", decode(credentials[0]));
			if (credentials.length > 1) {
				properties.put("spring.datasource.password", decode(credentials[1]));
			}
		}
		return properties;
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
