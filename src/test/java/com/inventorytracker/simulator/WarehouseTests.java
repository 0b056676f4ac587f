package com.inventorytracker.simulator;

import java.time.Duration;
import java.time.Instant;

import com.inventorytracker.MutableClock;
import com.inventorytracker.catalog.Category;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class WarehouseTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2021-03-01T08:00:00Z"));

	private final Warehouse warehouse = new Warehouse(42, this.clock, Duration.ofHours(6), Duration.ofMinutes(5));

	@Test
	void bodiesAreServedFromMemoryUntilTheDataChanges() {
		ResponseEntity<byte[]> products = this.warehouse.products(Category.GLOVES);
		String manufacturer = aManufacturer();
		ResponseEntity<byte[]> availability = this.warehouse.availability(manufacturer);

		this.clock.advance(Duration.ofMinutes(4));

		assertThat(this.warehouse.products(Category.GLOVES)).isSameAs(products);
		assertThat(this.warehouse.availability(manufacturer)).isSameAs(availability);
	}

	@Test
	void driftStepRebuildsAvailabilityButKeepsTheProducts() {
		ResponseEntity<byte[]> products = this.warehouse.products(Category.BEANIES);
		String manufacturer = aManufacturer();
		ResponseEntity<byte[]> availability = this.warehouse.availability(manufacturer);

		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.warehouse.products(Category.BEANIES)).isSameAs(products);
		assertThat(this.warehouse.availability(manufacturer).getHeaders().getETag())
			.isNotEqualTo(availability.getHeaders().getETag());
	}

	@Test
	void replacePeriodBringsTheNextGeneration() {
		String first = this.warehouse.products(Category.GLOVES).getHeaders().getETag();

		this.clock.advance(Duration.ofHours(6).minusMillis(1));
		assertThat(this.warehouse.products(Category.GLOVES).getHeaders().getETag()).isEqualTo(first);

		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.warehouse.products(Category.GLOVES).getHeaders().getETag()).isNotEqualTo(first);
	}

	@Test
	void sameSeedGivesTheSameBodiesAtTheSameStep() {
		this.clock.advance(Duration.ofMinutes(12));
		Warehouse twin = new Warehouse(42, new MutableClock(this.clock.instant()), Duration.ofHours(6),
				Duration.ofMinutes(5));
		Warehouse other = new Warehouse(43, this.clock, Duration.ofHours(6), Duration.ofMinutes(5));
		this.clock.advance(Duration.ofMinutes(5));

		for (Category category : Category.values()) {
			assertThat(twin.products(category).getHeaders().getETag())
				.isEqualTo(this.warehouse.products(category).getHeaders().getETag())
				.isNotEqualTo(other.products(category).getHeaders().getETag());
		}
	}

	@Test
	void etagIsTheQuotedChecksumOfTheBytes() {
		ResponseEntity<byte[]> body = Warehouse.answer("{\"code\":200,\"response\":[]}".getBytes());

		assertThat(body.getHeaders().getETag()).matches("\"[0-9a-f]{8}[0-9a-f]+\"")
			.isEqualTo(Warehouse.answer("{\"code\":200,\"response\":[]}".getBytes()).getHeaders().getETag())
			.isNotEqualTo(Warehouse.answer("{\"code\":200,\"response\":[ ]}".getBytes()).getHeaders().getETag());
		assertThat(this.warehouse.availability("nosuchmaker").getBody()).isEqualTo(body.getBody());
	}

	private String aManufacturer() {
		return Catalogue.MANUFACTURER_POOL.stream()
			.filter(name -> this.warehouse.availability(name) != Warehouse.NO_ROWS)
			.findFirst()
			.orElseThrow();
	}

}
