package com.inventorytracker.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.inventorytracker.web.PageFixtures.REFRESHED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The filter form as phones get it (search first, the rest in a disclosure) and the line
 * naming the filter.
 */
class FilterFormPageTests extends PageTestSupport {

	private static final Pattern IN_USE = Pattern.compile("<p class=\"(in-use[^\"]*)\">(.*?)</p>", Pattern.DOTALL);

	@BeforeEach
	void writeSnapshot() {
		snapshots.write(REFRESHED_AT, PageFixtures.ALL);
	}

	@Test
	void searchAndItsButtonComeFirstAndTheOtherFiltersSitInADisclosure() throws Exception {
		String html = page("/gloves");

		int search = html.indexOf("<input id=\"q\"");
		int button = html.indexOf("<button type=\"submit\">Show</button>");
		int disclosure = html.indexOf("<details class=\"more-filters\">\n      <summary>More filters</summary>");
		assertThat(search).isPositive();
		assertThat(button).isGreaterThan(search);
		assertThat(disclosure).isGreaterThan(button);
		assertThat(html.substring(disclosure, html.indexOf("</details>"))).contains("<select id=\"availability\"",
				"<select id=\"manufacturer\"", "<select id=\"color\"", "<select id=\"changed\"", "<select id=\"sort\"",
				"<select id=\"size\"", "Clear filter", "Download CSV");
		assertThat(html).doesNotContain("<details class=\"more-filters\" open");
	}

	@Test
	void lineInUseNamesEveryFilterAndTheSortOrder() throws Exception {
		Matcher line = inUse(page("/gloves?q=KOLHE&availability=INSTOCK&manufacturer=ippal&sort=-price"));

		assertThat(line.group(1)).as("shown on screen too").isEqualTo("in-use in-use-filtered");
		assertThat(text(line.group(2))).isEqualTo("Filter: | name contains \u201ckolhe\u201d | availability In stock"
				+ " | manufacturer ippal | sorted by Price, highest first");
	}

	@Test
	void lineInUseNamesTheChangeWindow() throws Exception {
		Matcher line = inUse(page("/gloves?changed=15m"));

		assertThat(line.group(1)).isEqualTo("in-use in-use-filtered");
		assertThat(text(line.group(2))).isEqualTo("Filter: | availability changed within 15m | sorted by Name, A to Z");
	}

	@Test
	void withoutAFilterTheLineIsForPaperOnlyAndSaysSo() throws Exception {
		Matcher line = inUse(page("/gloves"));

		assertThat(line.group(1)).isEqualTo("in-use");
		assertThat(text(line.group(2))).isEqualTo("Filter: | none, every product | sorted by Name, A to Z");
	}

	@Test
	void lineInUseEscapesTheSearchText() throws Exception {
		String html = mvc.perform(get("/gloves").param("q", "<b>x")).andReturn().getResponse().getContentAsString();
		Matcher line = inUse(html);

		assertThat(line.group(2)).contains("name contains \u201c&lt;b&gt;x\u201d").doesNotContain("<b>");
	}

	private Matcher inUse(String html) {
		Matcher line = IN_USE.matcher(html);
		assertThat(line.find()).as("the filter-in-use line").isTrue();
		return line;
	}

	/** The line's items, one per span, joined with " | ". */
	private static String text(String markup) {
		return markup.replaceAll("\\s*<span[^>]*>", "")
			.replaceAll("</span>\\s*", " | ")
			.replaceAll(" \\| $", "")
			.trim();
	}

}
