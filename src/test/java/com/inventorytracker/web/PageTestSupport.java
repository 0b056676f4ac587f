package com.inventorytracker.web;

import java.util.List;
import java.util.regex.Pattern;

import com.inventorytracker.refresh.TestSnapshots;
import com.inventorytracker.web.api.InventoryWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The shared web context and the helpers of the tests that read rendered pages. */
@InventoryWebTest
abstract class PageTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestSnapshots snapshots;

	MockHttpServletResponse response(String url) throws Exception {
		return mvc.perform(get(url)).andReturn().getResponse();
	}

	/** The HTML of the page at {@code url}, which must answer 200. */
	String page(String url) throws Exception {
		MockHttpServletResponse response = response(url);
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The table row of product {@code id}, which must be on the page. */
	static String row(String html, String id) {
		int start = html.indexOf("<tr data-product-id=\"" + id + "\"");
		assertThat(start).as("row " + id).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	/** The values of the options of the select named {@code select}. */
	static List<String> options(String html, String select) {
		int start = html.indexOf("<select id=\"" + select + "\"");
		String list = html.substring(start, html.indexOf("</select>", start));
		return Pattern.compile("<option value=\"([^\"]*)\"")
			.matcher(list)
			.results()
			.map(match -> match.group(1))
			.toList();
	}

}
