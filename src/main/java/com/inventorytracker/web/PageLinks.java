package com.inventorytracker.web;

import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * For pages rendered outside any request: the context path and static files' hashed URLs,
 * as the request-bound link builder gives them.
 */
@Component
class PageLinks extends StandardLinkBuilder implements BeanPostProcessor {

	private final String contextPath;

	private final ObjectProvider<ResourceUrlProvider> resources;

	PageLinks(@Value("${server.servlet.context-path:}") String contextPath,
			ObjectProvider<ResourceUrlProvider> resources) {
		this.contextPath = contextPath;
		this.resources = resources;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			engine.setLinkBuilder(this);
		}
		return bean;
	}

	@Override
	protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
		return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : contextPath;
	}

	// Only a path whose last segment has a file extension, and no query, has a hashed URL
	@Override
	protected String processLink(IExpressionContext context, String link) {
		if (context instanceof IWebContext || !link.startsWith(contextPath + "/") || link.indexOf('?') >= 0
				|| link.lastIndexOf('.') <= link.lastIndexOf('/')) {
			return super.processLink(context, link);
		}
		String versioned = resources.getObject().getForLookupPath(link.substring(contextPath.length()));
		return versioned == null ? link : contextPath + versioned;
	}

}
