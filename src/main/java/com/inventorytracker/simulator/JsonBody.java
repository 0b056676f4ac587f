package com.inventorytracker.simulator;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * An answer body serialized once and served many times, with a strong ETag derived from its bytes: the same
 * bytes always get the same tag, so a client's {@code If-None-Match} stays valid until the data really changes.
 * <p>
 * The tag is two 32-bit checksums of different polynomials rather than a cryptographic digest: it only has to
 * tell successive versions of a body apart, and the JDK computes both with hardware support, while an MD5 of
 * the ~7 MB of a new warehouse took longer at start-up than writing them.
 */
record JsonBody(byte[] bytes, String etag) {

    static JsonBody of(byte[] bytes) {
        long first = checksum(new CRC32C(), bytes);
        long second = checksum(new CRC32(), bytes);
        return new JsonBody(bytes, "\"%08x%08x\"".formatted(first, second));
    }

    private static long checksum(Checksum checksum, byte[] bytes) {
        checksum.update(bytes, 0, bytes.length);
        return checksum.getValue();
    }

}
