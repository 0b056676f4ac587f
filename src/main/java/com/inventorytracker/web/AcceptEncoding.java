package com.inventorytracker.web;

import java.util.Locale;

/**
 * Whether a client takes gzip, by RFC 9110 section 12.5.3: a coding named with
 * {@code q=0} is refused, {@code *} covers every coding not named, and no header at all
 * is answered with the identity coding.
 */
public final class AcceptEncoding {

	private AcceptEncoding() {
	}

	public static boolean allowsGzip(String header) {
		if (header == null) {
			return false;
		}
		Double gzip = null;
		Double any = null;
		for (String entry : header.split(",")) {
			String[] parts = entry.split(";");
			String coding = parts[0].trim().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = quality(parts);
			}
			else if (coding.equals("*")) {
				any = quality(parts);
			}
		}
		Double chosen = gzip != null ? gzip : any;
		return chosen != null && chosen > 0;
	}

	/** The q parameter, 1 when absent; an unreadable one counts as a refusal. */
	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
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
