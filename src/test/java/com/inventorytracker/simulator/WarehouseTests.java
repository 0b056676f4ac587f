package com.inventorytracker.simulator;

import com.inventorytracker.MutableClock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.inventorytracker.catalog.Category;

import static org.assertj.core.api.Assertions.assertThat;

class WarehouseTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2021-03-01T08:00:00Z"));

    private final Warehouse warehouse = new Warehouse(42, this.clock, Duration.ofHours(6), Duration.ofMinutes(5));

    @Test
    void bodiesAreServedFromMemoryUntilTheDataChanges() {
        JsonBody products = this.warehouse.products(Category.GLOVES);
        String manufacturer = this.warehouse.catalogue().availability().keySet().iterator().next();
        JsonBody availability = this.warehouse.availability(manufacturer);

        this.clock.advance(Duration.ofMinutes(4));

        assertThat(this.warehouse.products(Category.GLOVES)).isSameAs(products);
        assertThat(this.warehouse.availability(manufacturer)).isSameAs(availability);
    }

    @Test
    void driftStepRebuildsAvailabilityButKeepsTheCatalogue() {
        Catalogue catalogue = this.warehouse.catalogue();
        JsonBody products = this.warehouse.products(Category.BEANIES);
        String manufacturer = catalogue.availability().keySet().iterator().next();
        JsonBody availability = this.warehouse.availability(manufacturer);

        this.clock.advance(Duration.ofMinutes(5));

        assertThat(this.warehouse.catalogue()).isSameAs(catalogue);
        assertThat(this.warehouse.products(Category.BEANIES)).isSameAs(products);
        assertThat(this.warehouse.availability(manufacturer).etag()).isNotEqualTo(availability.etag());
    }

    @Test
    void replacePeriodBringsTheNextGeneration() {
        this.clock.advance(Duration.ofHours(6).minusMillis(1));
        assertThat(this.warehouse.catalogue().generation()).isZero();

        this.clock.advance(Duration.ofMillis(1));
        assertThat(this.warehouse.catalogue().generation()).isEqualTo(1);
    }

    @Test
    void sameSeedGivesTheSameBodies() {
        Warehouse twin = new Warehouse(42, this.clock, Duration.ofHours(6), Duration.ofMinutes(5));

        for (Category category : Category.values()) {
            assertThat(twin.products(category).etag()).isEqualTo(this.warehouse.products(category).etag());
        }
    }

    @Test
    void etagIsTheQuotedDigestOfTheBytes() {
        JsonBody body = JsonBody.of("{\"code\":200,\"response\":[]}".getBytes());

        assertThat(body.etag()).matches("\"[0-9a-f]{16}\"")
            .isEqualTo(JsonBody.of("{\"code\":200,\"response\":[]}".getBytes()).etag());
        assertThat(this.warehouse.availability("nosuchmaker").bytes()).isEqualTo(body.bytes());
    }

}
