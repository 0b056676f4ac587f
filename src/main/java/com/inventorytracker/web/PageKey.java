package com.inventorytracker.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.SourceStatus;

/**
 * Everything a cached page's HTML depends on: the page and its canonical parameters, and the parts of the
 * refresh status it prints (the snapshot version above all). Times are printed as absolute values, so the
 * clock is not part of the key; the one time-dependent value, the no-script refresh, is filled per request.
 */
record PageKey(
        String page,
        Map<String, String> parameters,
        long snapshotVersion,
        Instant refreshedAt,
        Instant nextRefreshAt,
        boolean refreshing,
        List<SourceStatus> staleSources) {

    PageKey {
        parameters = Map.copyOf(parameters);
        staleSources = List.copyOf(staleSources);
    }

    static PageKey of(String page, Map<String, String> parameters, RefreshStatus status) {
        return new PageKey(page, parameters, status.snapshotVersion(), status.refreshedAt(), status.nextRefreshAt(),
                status.refreshing(), status.staleSources());
    }

    /**
     * A digest of the key for ETags: stable across restarts (unlike hash codes). Map.copyOf loses the order of
     * the parameters, so they are digested in sorted order.
     */
    String fingerprint() {
        String text = page + '|' + new TreeMap<>(parameters) + '|' + snapshotVersion + '|' + refreshedAt
                + '|' + nextRefreshAt + '|' + refreshing + '|' + staleSources;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

}
