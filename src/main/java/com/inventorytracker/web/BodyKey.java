package com.inventorytracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.refresh.RefreshStatus;

import org.springframework.util.DigestUtils;

/**
 * Everything a rendered body prints, and so its cache key and ETag. The state is a
 * record, so that equal states print the same; null for nothing.
 */
public record BodyKey(String route, String query, long snapshotVersion, Instant refreshedAt, Object state) {

	public static BodyKey of(String route, ProductQuery query, RefreshStatus status, Object state) {
		return new BodyKey(route, Links.to("", query.toParameters()), status.snapshotVersion(), status.refreshedAt(),
				state);
	}

	/**
	 * Weak: raw and gzip are one representation. It holds the refresh time because the
	 * version restarts at 1 when the database file is lost (a new dyno).
	 */
	public String etag() {
		String text = route + '?' + query + '|' + snapshotVersion + '|'
				+ (refreshedAt == null ? "-" : refreshedAt.toEpochMilli()) + '|' + state;
		return "W/\"" + route.substring(0, Math.max(0, route.indexOf(':'))) + '-' + snapshotVersion + '-'
				+ DigestUtils.md5DigestAsHex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 20) + '"';
	}

}
