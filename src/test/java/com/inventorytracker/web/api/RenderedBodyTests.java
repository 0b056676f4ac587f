package com.inventorytracker.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedBodyTests {

    @ParameterizedTest
    @ValueSource(strings = { "gzip", "gzip, deflate, br", "deflate, GZIP;q=0.5", "br;q=1.0, gzip;q=0.8", "*",
            "x-gzip" })
    void gzipIsAcceptedWhenListedWithoutQZero(String acceptEncoding) {
        assertThat(RenderedBody.acceptsGzip(acceptEncoding)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "identity", "deflate, br", "gzip;q=0", "gzip; q=0.0, br", "gzip;q=nonsense",
            "gzipped" })
    void gzipIsRefusedWhenAbsentOrWeightedZero(String acceptEncoding) {
        assertThat(RenderedBody.acceptsGzip(acceptEncoding)).isFalse();
    }

    @Test
    void gzippedBytesDecodeToTheRawBytes() throws IOException {
        byte[] raw = "{\"name\":\"HÄRKÄ\"}".repeat(500).getBytes(StandardCharsets.UTF_8);

        RenderedBody body = RenderedBody.of(raw, "W/\"x\"");

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body.gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(raw);
        }
        assertThat(body.gzipped().length).isLessThan(raw.length / 10);
        assertThat(body.weight()).isEqualTo(raw.length + body.gzipped().length);
    }

    @Test
    void contentETagIsWeakAndFollowsTheBytes() {
        String etag = RenderedBody.withContentETag("a".getBytes(StandardCharsets.UTF_8)).etag();

        assertThat(etag).startsWith("W/\"").endsWith("\"");
        assertThat(RenderedBody.withContentETag("a".getBytes(StandardCharsets.UTF_8)).etag()).isEqualTo(etag);
        assertThat(RenderedBody.withContentETag("b".getBytes(StandardCharsets.UTF_8)).etag()).isNotEqualTo(etag);
    }

}
