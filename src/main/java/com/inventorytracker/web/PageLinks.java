package com.inventorytracker.web;

import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links for pages rendered outside any request (cached pages are rendered once per
 * snapshot, some of them before anyone asks): {@code @{/x}} gets the configured context
 * path, and a static file its content-hashed URL, as the request-bound link builder would
 * give them. Pages rendered for a request (error pages) are left to it.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

	@Bean
	static BeanPostProcessor cachedPageLinkBuilder(@Value("${server.servlet.context-path:}") String contextPath,
			ObjectProvider<ResourceUrlProvider> resources) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new CachedPageLinkBuilder(contextPath, resources));
				}
				return bean;
			}
		};
	}

	private static final class CachedPageLinkBuilder extends StandardLinkBuilder {

		private final String contextPath;

		private final ObjectProvider<ResourceUrlProvider> resources;

		CachedPageLinkBuilder(String contextPath, ObjectProvider<ResourceUrlProvider> resources) {
			this.contextPath = contextPath;
			this.resources = resources;
		}

		@Override
		protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
			return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : contextPath;
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (context instanceof IWebContext || !isStaticFile(link)) {
				return super.processLink(context, link);
			}
			String versioned = resources.getObject().getForLookupPath(link.substring(contextPath.length()));
			return versioned == null ? link : contextPath + versioned;
		}

		/**
		 * A path whose last segment has a file extension, and no query: the only links
		 * with a hashed URL.
		 */
		private boolean isStaticFile(String link) {
			return link.startsWith(contextPath + "/") && link.indexOf('?') < 0
					&& link.lastIndexOf('.') > link.lastIndexOf('/');
		}

	}

}
