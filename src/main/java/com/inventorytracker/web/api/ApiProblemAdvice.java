package com.inventorytracker.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.InvalidParameterException;
import com.inventorytracker.catalog.SortOrder;
import com.inventorytracker.catalog.UnknownCategoryException;
import com.inventorytracker.web.RendersBusyException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every error of the API controllers as an RFC 9457 problem
 * ({@code application/problem+json}). Limited to this package, so that pages keep their
 * HTML error pages. Spring's own exceptions (405, 406, type mismatches, missing
 * parameters) come from {@link ResponseEntityExceptionHandler}; the overrides add the
 * {@code parameter} a client needs to fix its request. Details never echo the client's
 * input, nor any exception's name or message.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	/**
	 * Seconds a client should wait while the first snapshot loads; a refresh of the
	 * simulator takes about one.
	 */
	static final String RETRY_AFTER_SECONDS = "5";

	private static final Map<String, List<String>> ALLOWED_VALUES = Map.of("availability",
			Arrays.stream(Availability.values()).map(Enum::name).toList(), "sort",
			Arrays.stream(SortOrder.Field.values())
				.flatMap(field -> List.of(field.parameter(), "-" + field.parameter()).stream())
				.toList());

	@ExceptionHandler
	ProblemDetail unknownCategory(UnknownCategoryException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no category of that name.");
		problem.setProperty("allowedValues", Arrays.stream(Category.values()).map(Category::slug).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		// The message is written by ProductQuery for users: it names the parameter and
		// its rule, never the value
		return badParameter(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> snapshotNotReady(SnapshotNotReadyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(RendersBusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RendersBusyException.RETRY_AFTER_SECONDS)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	/**
	 * The shared database is lost (answers cached before still come from memory): try
	 * again shortly.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessResourceFailureException ex) {
		log.warn("API request failed: database unavailable ({})", ex.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The database cannot be reached just now; try again shortly."));
	}

	/** A real server fault: logged here in full, answered without any of it. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletResponse response) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			return null;
		}
		log.error("Unexpected failure of an API request", ex);
		if (response.isCommitted()) {
			// Part of a CSV is on its way: the only honest signal left is a cut-off body
			return null;
		}
		return ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The server failed to answer this request. It has been logged."));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = ex.getPropertyName() == null ? "unknown" : ex.getPropertyName();
		String expected = ex.getRequiredType() == null ? "another type" : typeName(ex.getRequiredType());
		return ResponseEntity.badRequest()
			.headers(headers)
			.body(badParameter(parameter, parameter + " must be " + expected));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.headers(headers)
			.body(badParameter(ex.getParameterName(), ex.getParameterName() + " is required"));
	}

	private static ProblemDetail badParameter(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("parameter", parameter);
		List<String> allowed = ALLOWED_VALUES.get(parameter);
		if (allowed != null) {
			problem.setProperty("allowedValues", allowed);
		}
		return problem;
	}

	private static String typeName(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		return type == boolean.class || type == Boolean.class ? "true or false" : "a " + type.getSimpleName();
	}

}
