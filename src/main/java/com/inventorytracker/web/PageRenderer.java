package com.inventorytracker.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.stereotype.Component;

/**
 * Renders a template to a string, for the page cache. The web context lets {@code @{...}} links get the
 * context path and the versioned static-resource URLs, which are the same for every request.
 */
@Component
class PageRenderer {

    /** All text is English; a fixed locale keeps the cached bytes the same whatever a browser asks for. */
    static final Locale LOCALE = Locale.ENGLISH;

    private final ITemplateEngine templates;

    PageRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    String render(String template, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
            .buildExchange(request, response);
        return templates.process(template, new WebContext(exchange, LOCALE, model));
    }

}
