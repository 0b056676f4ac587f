package com.inventorytracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Links for {@code @{...}}, and the canonical query of a {@link BodyKey}. */
final class Links {

	private Links() {
	}

	static String to(String path, Map<String, String> parameters) {
		if (parameters.isEmpty()) {
			return path;
		}
		StringJoiner query = new StringJoiner("&", path + "?", "");
		// Form encoding, as the filter form itself submits: a '+' in a name stays a '+'
		parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

}
