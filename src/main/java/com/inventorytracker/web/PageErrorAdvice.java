package com.inventorytracker.web;

import java.util.Map;

import com.inventorytracker.catalog.InvalidParameterException;
import com.inventorytracker.catalog.UnknownCategoryException;
import com.inventorytracker.web.PageViews.ErrorView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTML error pages in the layout, with a way back: the page controller's errors, and as
 * Spring Boot's error view every other error a browser meets. Ordered first, so that the
 * global API advice never sees the page controller's errors.
 */
@ControllerAdvice(assignableTypes = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice implements ErrorViewResolver {

	private final PageModels models;

	PageErrorAdvice(PageModels models) {
		this.models = models;
	}

	@ExceptionHandler(UnknownCategoryException.class)
	ModelAndView unknownCategory() {
		return page(HttpStatus.NOT_FOUND, "category", null, "/");
	}

	/** The category was checked before its parameters, so the path names a real one. */
	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView invalidParameter(InvalidParameterException ex, HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, "parameter", ex.getMessage(),
				request.getRequestURI().substring(request.getContextPath().length()));
	}

	@ExceptionHandler(RendersBusyException.class)
	ModelAndView busy(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RendersBusyException.RETRY_AFTER_SECONDS);
		return page(HttpStatus.SERVICE_UNAVAILABLE, "busy", null, "/");
	}

	/** Pages cached before still come from memory; this one could not be made. */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ModelAndView databaseUnavailable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		return page(HttpStatus.SERVICE_UNAVAILABLE, "database", null, "/");
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		String kind = status == HttpStatus.NOT_FOUND ? "notFound" : status.is4xxClientError() ? "request" : "server";
		return page(status, kind, null, "/");
	}

	private ModelAndView page(HttpStatus status, String kind, String detail, String backLink) {
		return new ModelAndView("page-error", models.error(new ErrorView(status.value(), kind, detail, backLink)),
				status);
	}

}
