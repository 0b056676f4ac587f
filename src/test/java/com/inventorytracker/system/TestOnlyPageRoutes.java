package com.inventorytracker.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Routes outside the API that exist only in tests: one that fails, one that reads a
 * parameter.
 */
@Controller
public class TestOnlyPageRoutes {

	public static final String SECRET = "secret-page-detail";

	@GetMapping("/test-only/fail")
	String fail() {
		throw new IllegalStateException(SECRET);
	}

	@GetMapping("/test-only/echo")
	@ResponseBody
	String echo(@RequestParam(required = false) String q) {
		return "length " + (q == null ? 0 : q.length());
	}

}
