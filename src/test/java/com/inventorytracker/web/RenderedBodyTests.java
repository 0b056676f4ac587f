package com.inventorytracker.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import com.inventorytracker.web.RenderedBody.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body around a section compressed ahead is one gzip member that any client decodes to
 * the whole body.
 */
class RenderedBodyTests {

	@Test
	void headSectionAndTailDecodeAsOneBody() throws IOException {
		String rows = "<tr data-product-id=\"a1\"><td>HÄRKÄ</td></tr>\n".repeat(20_000);
		RenderedBody body = RenderedBody.around(bytes("<html><body><table>"), Section.of(bytes(rows)),
				bytes("</table></body></html>"), "text/html");

		assertThat(new String(body.raw(), StandardCharsets.UTF_8))
			.isEqualTo("<html><body><table>" + rows + "</table></body></html>");
		assertThat(gunzip(body.gzipped())).isEqualTo(body.raw());
		assertThat(body.gzipped().length).isLessThan(body.raw().length / 10);
	}

	@Test
	void emptyPartsStillMakeAValidBody() throws IOException {
		RenderedBody body = RenderedBody.around(new byte[0], Section.of(new byte[0]), bytes("tail"), "text/plain");

		assertThat(gunzip(body.gzipped())).isEqualTo(bytes("tail"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

}
