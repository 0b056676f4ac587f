package com.inventorytracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 400 for a query string that cannot be decoded: since Servlet 6.1 reading its parameters
 * throws, which in a controller would be a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class QueryStringFilter extends OncePerRequestFilter {

	static final String PROBLEM = """
			{"title":"Bad Request","status":400,\
			"detail":"The query string is not valid: use percent-encoded UTF-8 and name every parameter."}""";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
			}
			else {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
