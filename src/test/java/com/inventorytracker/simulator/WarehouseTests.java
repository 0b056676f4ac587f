package com.inventorytracker.simulator;

import java.time.Duration;
import java.time.Instant;

import com.inventorytracker.MutableClock;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.simulator.Warehouse.Body;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarehouseTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2021-03-01T08:00:00Z"));

	private final Warehouse warehouse = new Warehouse(42, this.clock, Duration.ofHours(6), Duration.ofMinutes(5));

	@Test
	void bodiesAreServedFromMemoryUntilTheDataChanges() {
		Body products = this.warehouse.products(Category.GLOVES);
		String manufacturer = aManufacturer();
		Body availability = this.warehouse.availability(manufacturer);

		this.clock.advance(Duration.ofMinutes(4));

		assertThat(this.warehouse.products(Category.GLOVES)).isSameAs(products);
		assertThat(this.warehouse.availability(manufacturer)).isSameAs(availability);
	}

	@Test
	void driftStepRebuildsAvailabilityButKeepsTheProducts() {
		Body products = this.warehouse.products(Category.BEANIES);
		String manufacturer = aManufacturer();
		Body availability = this.warehouse.availability(manufacturer);

		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.warehouse.products(Category.BEANIES)).isSameAs(products);
		assertThat(this.warehouse.availability(manufacturer).etag()).isNotEqualTo(availability.etag());
	}

	@Test
	void replacePeriodBringsTheNextGeneration() {
		String first = this.warehouse.products(Category.GLOVES).etag();

		this.clock.advance(Duration.ofHours(6).minusMillis(1));
		assertThat(this.warehouse.products(Category.GLOVES).etag()).isEqualTo(first);

		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.warehouse.products(Category.GLOVES).etag()).isNotEqualTo(first);
	}

	@Test
	void sameSeedGivesTheSameBodiesAtTheSameStep() {
		this.clock.advance(Duration.ofMinutes(12));
		Warehouse twin = new Warehouse(42, new MutableClock(this.clock.instant()), Duration.ofHours(6),
				Duration.ofMinutes(5));
		Warehouse other = new Warehouse(43, this.clock, Duration.ofHours(6), Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(5));

		for (Category category : Category.values()) {
			assertThat(twin.products(category).etag()).isEqualTo(this.warehouse.products(category).etag())
				.isNotEqualTo(other.products(category).etag());
		}
	}

	@Test
	void etagIsTheQuotedChecksumOfTheBytes() {
		Body body = Body.of("{\"code\":200,\"response\":[]}".getBytes());

		assertThat(body.etag()).matches("\"[0-9a-f]{8}[0-9a-f]+\"")
			.isEqualTo(Body.of("{\"code\":200,\"response\":[]}".getBytes()).etag())
			.isNotEqualTo(Body.of("{\"code\":200,\"response\":[ ]}".getBytes()).etag());
		assertThat(this.warehouse.availability("nosuchmaker").bytes()).isEqualTo(body.bytes());
	}

	private String aManufacturer() {
		return Catalogue.MANUFACTURER_POOL.stream()
			.filter(name -> this.warehouse.availability(name) != Warehouse.NO_ROWS)
			.findFirst()
			.orElseThrow();
	}

}
