package com.inventorytracker.upstream;

import java.net.URI;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The legacy API root: the configured base URL, or else the embedded simulator of this
 * very server. The server's port is only known once it listens (and is random in tests),
 * so it is looked up at first use.
 */
@Component
class UpstreamBaseUrl {

	static final String SIMULATOR_PATH = "/bad-api";

	private final URI configured;

	private final Environment environment;

	private volatile URI resolved;

	UpstreamBaseUrl(UpstreamProperties properties, Environment environment) {
		this.configured = properties.baseUrl();
		this.environment = environment;
	}

	URI get() {
		URI url = resolved;
		if (url == null) {
			url = configured != null ? configured : simulator();
			resolved = url;
		}
		return url;
	}

	private URI simulator() {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			throw new UpstreamException("base URL", "inventory.upstream.base-url is empty and this server is not"
					+ " listening yet, so the embedded simulator cannot be reached", true);
		}
		return URI.create("http://localhost:" + port + SIMULATOR_PATH);
	}

}
