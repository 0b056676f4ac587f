package com.inventorytracker.web.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for requests under {@code /api/} that reach no API controller: an
 * unknown path (404), a method (405) or media type (406, 415) that no API route takes.
 * These fail while Spring looks for a handler, so the package-limited
 * {@link ApiProblemAdvice} never sees them and only a global advice can. Any other path
 * is rethrown untouched, which Spring documents as "not handled here": pages keep their
 * HTML error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRouteProblemAdvice {

	static final String API_PREFIX = "/api/";

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ProblemDetail> routingProblem(Exception ex, HttpServletRequest request) throws Exception {
		if (!isApi(request)) {
			throw ex;
		}
		ErrorResponse error = (ErrorResponse) ex;
		ProblemDetail problem = error.getBody();
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			// Spring's wording speaks of static resources; this is about API routes
			problem.setDetail("There is no API resource at this path. See /api/status and /api/products/{category}.");
		}
		return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(API_PREFIX) || path.equals("/api");
	}

}
