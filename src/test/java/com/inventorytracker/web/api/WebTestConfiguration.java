package com.inventorytracker.web.api;

import java.time.Instant;

import com.inventorytracker.TestClockConfiguration;
import com.inventorytracker.refresh.TestSnapshots;
import com.inventorytracker.system.TestOnlyPageRoutes;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

@TestConfiguration(proxyBeanMethods = false)
@Import({ TestOnlyApiRoutes.class, TestOnlyPageRoutes.class, TestClockConfiguration.class, TestSnapshots.class })
public class WebTestConfiguration {

	/**
	 * "Now" for every test of this context: half an hour after
	 * {@link TestSnapshots#REFRESHED_AT}.
	 */
	public static final Instant NOW = TestClockConfiguration.NOW;

}
