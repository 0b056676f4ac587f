package com.inventorytracker.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.inventorytracker.web.RenderedBody.Section;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders pages for the body cache. Rows made ahead ({@link RowFragments}) go where a
 * page prints {@link #ROWS}, in {@code <tbody>} blocks that the browser lays out only
 * when it scrolls near.
 */
@Component
class PageRenderer {

	/** All text is English; cached bytes must not depend on what a browser asks for. */
	static final Locale LOCALE = Locale.ENGLISH;

	/** Unique, upper case: no data can be it (search is lower-cased), nor escaping. */
	static final String ROWS = "ROWS-" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);

	/** Fifty: a phone then lays out less for its first paint than with a hundred. */
	static final int BLOCK_ROWS = 50;

	static final String HTML = "text/html;charset=UTF-8";

	private static final byte[] BLOCK_START = "<tbody>".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] BLOCK_END = "</tbody>\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] BLOCK_BETWEEN = "</tbody>\n<tbody>".getBytes(StandardCharsets.US_ASCII);

	private final ITemplateEngine templates;

	PageRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	String render(String template, Map<String, Object> model) {
		return templates.process(template, new Context(LOCALE, model));
	}

	/** With {@code rows}, if any, where the page prints {@link #ROWS}. */
	RenderedBody page(String template, Map<String, Object> model, Section rows) {
		String html = render(template, model);
		int at = rows == null ? -1 : html.indexOf(ROWS);
		if (at < 0) {
			return RenderedBody.of(html.getBytes(StandardCharsets.UTF_8), HTML);
		}
		return RenderedBody.around(html.substring(0, at).getBytes(StandardCharsets.UTF_8), rows,
				html.substring(at + ROWS.length()).getBytes(StandardCharsets.UTF_8), HTML);
	}

	static byte[] blocks(List<byte[]> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 256 + 64);
		for (int i = 0; i < rows.size(); i++) {
			if (i % BLOCK_ROWS == 0) {
				out.writeBytes(i == 0 ? BLOCK_START : BLOCK_BETWEEN);
			}
			out.writeBytes(rows.get(i));
		}
		if (!rows.isEmpty()) {
			out.writeBytes(BLOCK_END);
		}
		return out.toByteArray();
	}

}
