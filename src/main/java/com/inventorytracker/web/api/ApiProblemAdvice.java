package com.inventorytracker.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.InvalidParameterException;
import com.inventorytracker.catalog.SortOrder;
import com.inventorytracker.catalog.UnknownCategoryException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every error under {@code /api} as an RFC 9457 problem, also Spring's before a handler
 * is found (hence global); other paths' errors are rethrown, so that pages keep their
 * HTML error pages. No detail echoes the input nor an exception.
 */
@RestControllerAdvice
class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	/** For the first load or a lost database: a refresh takes about a second. */
	static final String RETRY_AFTER_SECONDS = "5";

	private static final Map<String, List<String>> ALLOWED_VALUES = Map.of("availability",
			Arrays.stream(Availability.values()).map(Enum::name).toList(), "sort",
			Arrays.stream(SortOrder.Field.values())
				.flatMap(field -> List.of(field.parameter(), "-" + field.parameter()).stream())
				.toList());

	@ExceptionHandler
	ResponseEntity<ProblemDetail> problem(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/") && !path.equals("/api")) {
			throw ex;
		}
		if (ex instanceof UnknownCategoryException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"There is no category of that name.");
			problem.setProperty("allowedValues", Arrays.stream(Category.values()).map(Category::slug).toList());
			return ResponseEntity.of(problem).build();
		}
		if (ex instanceof InvalidParameterException invalid) {
			// Worded for users: the parameter and its rule, never the value
			return badParameter(invalid.parameter(), invalid.getMessage());
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return badParameter(mismatch.getName(),
					mismatch.getName() + " must be " + expected(mismatch.getRequiredType()));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return badParameter(missing.getParameterName(), missing.getParameterName() + " is required");
		}
		if (ex instanceof ErrorResponse error) {
			if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
				// Spring's wording speaks of static resources; this is about API routes
				error.getBody()
					.setDetail("There is no API resource at this path. See /api/status and /api/products/{category}.");
			}
			return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
		}
		if (ex instanceof DataAccessResourceFailureException lost) {
			// Answers cached before still come from memory
			log.warn("API request failed: database unavailable ({})", lost.getMostSpecificCause().getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
						"The database cannot be reached just now; try again shortly."));
		}
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			return null;
		}
		// A real server fault: logged here in full, answered without any of it
		log.error("Unexpected failure of an API request", ex);
		return response.isCommitted() ? null
				: ResponseEntity.internalServerError()
					.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
							"The server failed to answer this request. It has been logged."));
	}

	private static ResponseEntity<ProblemDetail> badParameter(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("parameter", parameter);
		if (ALLOWED_VALUES.containsKey(parameter)) {
			problem.setProperty("allowedValues", ALLOWED_VALUES.get(parameter));
		}
		return ResponseEntity.of(problem).build();
	}

	private static String expected(Class<?> type) {
		return type != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type)) ? "a number"
				: "a valid value";
	}

}
