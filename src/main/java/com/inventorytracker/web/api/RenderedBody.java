package com.inventorytracker.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

/**
 * A response body rendered once and kept both as is and gzip-compressed, so that repeated requests cost
 * neither serialization nor compression.
 *
 * @param etag a weak ETag: the raw and the gzip bytes are the same representation in two content codings
 */
record RenderedBody(byte[] raw, byte[] gzipped, String etag) {

    static RenderedBody of(byte[] raw, String etag) {
        return new RenderedBody(raw, gzip(raw), etag);
    }

    /** For bodies whose version is their content: the ETag is a hash of the bytes. */
    static RenderedBody withContentETag(byte[] raw) {
        return of(raw, weakETag(DigestUtils.md5DigestAsHex(raw)));
    }

    static String weakETag(String opaque) {
        return "W/\"" + opaque + "\"";
    }

    /** Bytes held, for the weight of a bounded cache. */
    int weight() {
        return raw.length + gzipped.length;
    }

    /**
     * 304 when the client holds this ETag, otherwise the body, gzip-compressed when the client accepts it.
     * Clients must revalidate each time (no-cache): a new snapshot may arrive at any moment, and a 304 is cheap.
     */
    ResponseEntity<byte[]> toResponse(WebRequest request, MediaType contentType) {
        // checkNotModified also writes the ETag header on the response, so the entity does not repeat it
        if (request.checkNotModified(etag)) {
            return notModified();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
            .contentType(contentType)
            .cacheControl(CacheControl.noCache())
            .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            return ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").contentLength(gzipped.length).body(gzipped);
        }
        return ok.contentLength(raw.length).body(raw);
    }

    /** A 304 whose headers still say how the full answer varies. */
    static ResponseEntity<byte[]> notModified() {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
            .cacheControl(CacheControl.noCache())
            .varyBy(HttpHeaders.ACCEPT_ENCODING)
            .build();
    }

    /** True when Accept-Encoding lists gzip (or *) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                }
                catch (NumberFormatException ex) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, raw.length / 6));
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 8192)) {
            gzip.write(raw);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("gzip into memory cannot fail", ex);
        }
        return compressed.toByteArray();
    }

}
