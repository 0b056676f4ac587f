package com.inventorytracker.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageResponsesTests {

    @Test
    void gzipIsChosenWhenTheClientAcceptsIt() {
        assertThat(PageResponses.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(PageResponses.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PageResponses.acceptsGzip("*")).isTrue();
        assertThat(PageResponses.acceptsGzip("x-gzip")).isTrue();
    }

    @Test
    void plainBytesAreSentWhenTheClientRefusesOrDoesNotNameGzip() {
        assertThat(PageResponses.acceptsGzip(null)).isFalse();
        assertThat(PageResponses.acceptsGzip("")).isFalse();
        assertThat(PageResponses.acceptsGzip("identity")).isFalse();
        assertThat(PageResponses.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageResponses.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(PageResponses.acceptsGzip("*;q=0")).isFalse();
        assertThat(PageResponses.acceptsGzip("gzip;q=nonsense")).isFalse();
    }

}
