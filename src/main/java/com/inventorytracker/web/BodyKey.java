package com.inventorytracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.inventorytracker.catalog.ProductQuery;
import com.inventorytracker.refresh.RefreshStatus;

import org.springframework.util.DigestUtils;

/**
 * Everything a rendered body depends on, and so the key of {@link RenderedBodies} and the
 * source of its ETag.
 *
 * @param route the representation: {@code page:/gloves}, {@code json:/api/status}...
 * @param query the canonical query string (defaults left out, a stable order)
 * @param state whatever else the body prints (a record, so that equal states are equal
 * and print the same); null for nothing
 */
public record BodyKey(String route, String query, long snapshotVersion, Instant refreshedAt, Object state) {

	public static BodyKey of(String route, ProductQuery query, RefreshStatus status, Object state) {
		return new BodyKey(route, Links.to("", query.toParameters()), status.snapshotVersion(), status.refreshedAt(),
				state);
	}

	/**
	 * Weak: the raw and the gzip bytes are one representation in two codings. It holds
	 * the refresh time because the version counter starts again at 1 when the database
	 * file is lost (a new dyno), and an old ETag must never match new data.
	 */
	public String etag() {
		String text = route + '?' + query + '|' + snapshotVersion + '|'
				+ (refreshedAt == null ? "-" : refreshedAt.toEpochMilli()) + '|' + state;
		return "W/\"" + route.substring(0, Math.max(0, route.indexOf(':'))) + '-' + snapshotVersion + '-'
				+ DigestUtils.md5DigestAsHex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 20) + '"';
	}

}
