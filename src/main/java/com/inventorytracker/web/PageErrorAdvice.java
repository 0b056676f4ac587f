package com.inventorytracker.web;

import java.util.Map;

import com.inventorytracker.catalog.InvalidParameterException;
import com.inventorytracker.catalog.UnknownCategoryException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTML error pages for the page controller only; the JSON and CSV routes answer their
 * errors themselves.
 */
@ControllerAdvice(assignableTypes = PageController.class)
class PageErrorAdvice {

	private final PageModels models;

	PageErrorAdvice(PageModels models) {
		this.models = models;
	}

	@ExceptionHandler(UnknownCategoryException.class)
	ModelAndView unknownCategory() {
		return page(HttpStatus.NOT_FOUND,
				new ErrorView(404, "error.category.title", "error.category.message", null, "/", "error.back.home"));
	}

	/**
	 * The message of a bad parameter names it and its allowed values, and holds no user
	 * input.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView invalidParameter(InvalidParameterException ex, HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, new ErrorView(400, "error.parameter.title", "error.parameter.message",
				ex.getMessage(), categoryPath(request), "error.back.clear"));
	}

	/**
	 * Too many new pages are being rendered at once: this one can be asked for again in a
	 * moment.
	 */
	@ExceptionHandler(RendersBusyException.class)
	ModelAndView busy(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RendersBusyException.RETRY_AFTER_SECONDS);
		return page(HttpStatus.SERVICE_UNAVAILABLE,
				new ErrorView(503, "error.busy.title", "error.busy.message", null, "/", "error.back.home"));
	}

	/**
	 * The shared database is lost: pages cached before still come from memory, this one
	 * could not be made.
	 */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ModelAndView databaseUnavailable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		return page(HttpStatus.SERVICE_UNAVAILABLE,
				new ErrorView(503, "error.database.title", "error.database.message", null, "/", "error.back.home"));
	}

	private ModelAndView page(HttpStatus status, ErrorView error) {
		ModelAndView page = new ModelAndView("page-error", models.error(error));
		page.setStatus(status);
		return page;
	}

	/** The category was checked before its parameters, so the path names a real one. */
	private static String categoryPath(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("category") instanceof String slug) {
			return Links.category(slug);
		}
		return "/";
	}

}
