package com.inventorytracker.web;

import java.io.IOException;

import com.inventorytracker.web.PageCache.CachedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Sends a cached page: gzip bytes as they are when the client takes gzip (so the server's own compression has
 * nothing left to do), an ETag per snapshot, query, refresh value and encoding, and 304 when it matches.
 */
final class PageResponses {

    private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

    private PageResponses() {
    }

    static void send(CachedPage page, long refreshSeconds, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String refresh = Long.toString(refreshSeconds);
        // The body holds the refresh seconds, so the tag does too: a 304 must never revive an outdated value.
        String etag = "\"" + page.tag() + "-" + refresh + (gzip ? "-gz\"" : "\"");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        response.setContentType(HTML);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(page.content().length(refresh, gzip));
        page.content().write(response.getOutputStream(), refresh, gzip);
    }

    /** True when the Accept-Encoding header allows gzip: named (or by {@code *}) with a non-zero quality. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String coding = parts[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                gzip = quality(parts);
            }
            else if (coding.equals("*")) {
                any = quality(parts);
            }
        }
        Double chosen = gzip != null ? gzip : any;
        return chosen != null && chosen > 0;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                }
                catch (NumberFormatException ex) {
                    return 0;
                }
            }
        }
        return 1;
    }

}
