package com.inventorytracker.system;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;

/**
 * One line naming the database (never user or password) instead of pages of stack trace;
 * exit rather than retry, as the platform restarts a crashed dyno with back-off.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		if (Stream.iterate(failure, Objects::nonNull, Throwable::getCause).noneMatch(this::isConnectionFailure)) {
			return null;
		}
		// the driver's own words: refused, unknown host, authentication failed
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		String reason = Objects.requireNonNullElse(root.getMessage(), root.getClass().getSimpleName());
		return new FailureAnalysis(
				"Cannot reach the database at " + where(environment.getProperty("spring.datasource.url", "")) + ": "
						+ reason.lines().findFirst().orElse("").strip(),
				"Check that the database runs and that SPRING_DATASOURCE_URL (or DATABASE_URL) names it; "
						+ "the application stops until it can reach it.",
				failure);
	}

	private boolean isConnectionFailure(Throwable cause) {
		return cause instanceof ConnectException || cause instanceof UnknownHostException
				|| cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
						|| sql.getSQLState().equals("28P01") || sql.getSQLState().equals("3D000"));
	}

	static String where(String url) {
		String location = url.replaceFirst("^jdbc:[a-z]+:(//)?", "").replaceFirst("\\?.*", "");
		return location.substring(location.lastIndexOf('@') + 1);
	}

}
