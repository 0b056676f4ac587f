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
 * Security headers first, so that every answer carries them; then a 400 for a query
 * string that cannot be decoded: since Servlet 6.1 its parameters throw, a 500 later.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FrontDoorFilter extends OncePerRequestFilter {

	static final String BAD_QUERY_STRING = """
			{"title":"Bad Request","status":400,\
			"detail":"The query string is not valid: use percent-encoded UTF-8 and name every parameter."}""";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// no inline script or style runs, should some text ever be rendered unescaped
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
				+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		// for browsers older than frame-ancestors
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getOutputStream().write(BAD_QUERY_STRING.getBytes(StandardCharsets.UTF_8));
			}
			else {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
