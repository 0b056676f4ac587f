package com.inventorytracker.e2e;

import java.util.List;
import java.util.Map;

/**
 * The screens the tracker is used on: a phone on the warehouse floor and a desktop in the
 * office, each in the light and the dark colour scheme. Set through the DevTools
 * protocol, so one browser serves them all; the settings hold for every page the browser
 * opens until another screen is chosen.
 */
enum Screen {

	PHONE_LIGHT(412, 915, true, "light"), PHONE_DARK(412, 915, true, "dark"), DESKTOP_LIGHT(1280, 900, false, "light"),
	DESKTOP_DARK(1280, 900, false, "dark");

	final int width;

	final int height;

	private final boolean mobile;

	private final String scheme;

	Screen(int width, int height, boolean mobile, String scheme) {
		this.width = width;
		this.height = height;
		this.mobile = mobile;
		this.scheme = scheme;
	}

	void applyTo(Browser browser) {
		browser.driver()
			.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", this.width, "height", this.height, "deviceScaleFactor", 1, "mobile", this.mobile));
		browser.driver()
			.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", this.scheme))));
	}

	/**
	 * Back to the browser's own window and scheme, for the next test class that shares
	 * nothing of this.
	 */
	static void reset(Browser browser) {
		browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
	}

	/** Paper, as the print dialog lays the page out. */
	static void print(Browser browser) {
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
	}

}
