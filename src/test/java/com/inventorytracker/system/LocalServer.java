package com.inventorytracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Real HTTP to the test server, so that error pages go through the container's error
 * dispatch as in production.
 */
final class LocalServer {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	LocalServer(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(request(path).header("Accept", accept));
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
