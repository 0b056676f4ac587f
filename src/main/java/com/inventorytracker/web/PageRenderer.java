package com.inventorytracker.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
            .buildExchange(new OwnAttributes(request), response);
        return templates.process(template, new WebContext(exchange, LOCALE, model));
    }

    /**
     * A web context keeps its variables, loop variables included, as request attributes. Giving the template
     * attributes of its own keeps the cached page independent of whatever else the request carries, and spares
     * thousands of look-ups through the server's request wrappers on a large page.
     */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            }
            else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

    }

}
