package com.inventorytracker.web.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API routes that exist only in tests, to reach the problem answers that the real routes
 * cannot provoke: they take every parameter as text. Being in this package, they get the
 * same advice as the real API controllers.
 */
@RestController
class TestOnlyApiRoutes {

	static final String SECRET = "secret-internal-detail";

	@GetMapping("/api/test-only/typed")
	String typed(@RequestParam int count) {
		return "count " + count;
	}

	@GetMapping("/api/test-only/required")
	String required(@RequestParam String name) {
		return "name " + name;
	}

	@GetMapping("/api/test-only/fail")
	String fail() {
		throw new IllegalStateException(SECRET);
	}

}
