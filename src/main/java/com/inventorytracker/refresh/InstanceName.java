package com.inventorytracker.refresh;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This instance as {@code refreshedBy} and as the refresh lock's holder:
 * {@code inventory.instance-name} where set, else Heroku's {@code DYNO} ({@code web.1}),
 * else host and process id ({@code host:4242}).
 */
@Component
class InstanceName {

	private final String name;

	InstanceName(Environment environment) {
		String configured = environment.getProperty("inventory.instance-name", environment.getProperty("DYNO", ""));
		this.name = configured.isBlank() ? host() + ":" + ProcessHandle.current().pid() : configured;
	}

	String get() {
		return name;
	}

	private static String host() {
		String host = System.getenv("HOSTNAME");
		if (host != null && !host.isBlank()) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

}
