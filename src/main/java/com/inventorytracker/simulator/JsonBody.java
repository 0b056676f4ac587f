package com.inventorytracker.simulator;

import org.springframework.util.DigestUtils;

/**
 * An answer body serialized once and served many times, with a strong ETag derived from its bytes: the same
 * bytes always get the same tag, so a client's {@code If-None-Match} stays valid until the data really changes.
 */
record JsonBody(byte[] bytes, String etag) {

    static JsonBody of(byte[] bytes) {
        return new JsonBody(bytes, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"");
    }

}
