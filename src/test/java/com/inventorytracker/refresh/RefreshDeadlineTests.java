package com.inventorytracker.refresh;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.inventorytracker.catalog.Category;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.inventorytracker.refresh.TestWarehouse.BEANIE_ABIPLOS;
import static com.inventorytracker.refresh.TestWarehouse.BEANIE_OKKAU;
import static com.inventorytracker.refresh.TestWarehouse.availabilityPath;
import static com.inventorytracker.refresh.TestWarehouse.productsPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A run that cannot finish: the deadline cuts it short, and stopping the application
 * abandons it. The stopping test runs last, so that the context it closes is started once
 * for this class, not again for the tests after it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "inventory.refresh.deadline=1s")
class RefreshDeadlineTests extends UpstreamStubbedTest {

	@Test
	void sourcesUnansweredAtTheDeadlineCountAsFailedAndTheRestIsWritten() {
		holdAnswer(Category.BEANIES);

		Optional<RefreshTimings> run = refreshService.refresh();
		held.release();

		assertThat(run).isPresent();
		assertThat(storedAvailability()).hasSize(4).doesNotContainKeys(BEANIE_OKKAU, BEANIE_ABIPLOS);
		assertThat(held.arrivals()).isEqualTo(1);
		upstream.verify(exactly(0), getRequestedFor(urlPathEqualTo(availabilityPath("abiplos"))));
		assertThat(statusService.current().staleSources()).singleElement().satisfies(beanies -> {
			assertThat(beanies.name()).isEqualTo("beanies");
			assertThat(beanies.lastError()).isEqualTo("no answer before the refresh deadline of 1s");
		});
	}

	@Test
	void manufacturersOnlyInACategoryUnansweredAtTheDeadlineAreNotAskedAndKeepTheirValues() {
		refreshService.refresh();
		clock.set(T2);
		upstream.resetRequests();
		holdAnswer(Category.BEANIES);

		refreshService.refresh();
		held.release();

		upstream.verify(exactly(0), getRequestedFor(urlPathEqualTo(availabilityPath("abiplos"))));
		assertThat(storedAvailability()).isEqualTo(TestWarehouse.GOOD_AVAILABILITY);
		assertThat(storedCheckedAt()).containsEntry(BEANIE_OKKAU, T2);
		assertThat(statusService.current().staleSources()).extracting(SourceStatus::name, SourceStatus::lastError)
			.containsExactlyInAnyOrder(tuple("beanies", "no answer before the refresh deadline of 1s"),
					tuple("abiplos", "not requested before the refresh deadline"));
	}

	/**
	 * The application stopping announces itself with a {@link ContextClosedEvent}; the
	 * context is dropped after.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	@DirtiesContext
	void runInFlightWhenTheApplicationStopsIsAbandonedWithoutWriting(@Autowired ApplicationContext context)
			throws Exception {
		refreshService.refresh();
		holdAnswer(Category.GLOVES);
		CompletableFuture<Optional<RefreshTimings>> run = CompletableFuture.supplyAsync(refreshService::refresh);
		held.awaitArrival();

		context.publishEvent(new ContextClosedEvent(context));
		Optional<RefreshTimings> abandoned = run.get();
		held.release();

		assertThat(abandoned).isEmpty();
		assertThat(jdbc.sql("SELECT version FROM snapshot").query(Long.class).single()).isEqualTo(1);
		assertThat(storedAvailability()).isEqualTo(TestWarehouse.GOOD_AVAILABILITY);
		assertThat(statusService.current().refreshing()).isFalse();
		assertThat(refreshService.refresh()).isEmpty();
	}

	private static void holdAnswer(Category category) {
		upstream.stubFor(get(urlPathEqualTo(productsPath(category)))
			.willReturn(okJson(TestWarehouse.products(category)).withTransformers(HeldAnswers.NAME)));
	}

}
