package com.inventorytracker.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The HTML error page for every other error a browser meets (an unknown path, a wrong
 * method): the same layout and a way back instead of the default page. It shows the
 * status only, never the error's details.
 */
@Component
class PageErrorViewResolver implements ErrorViewResolver {

	private final PageModels models;

	PageErrorViewResolver(PageModels models) {
		this.models = models;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ErrorView error;
		if (status == HttpStatus.NOT_FOUND) {
			error = new ErrorView(404, "error.notFound.title", "error.notFound.message", null, "/", "error.back.home");
		}
		else if (status.is4xxClientError()) {
			error = new ErrorView(status.value(), "error.request.title", "error.request.message", null, "/",
					"error.back.home");
		}
		else {
			error = new ErrorView(status.value(), "error.server.title", "error.server.message", null, "/",
					"error.back.home");
		}
		return new ModelAndView("page-error", models.error(error), status);
	}

}
