package com.inventorytracker.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

import com.inventorytracker.catalog.Category;

/**
 * The simulated warehouse as of now: which catalogue generation and which drift step the clock is in, counted
 * from the start, and the bodies that answer for them. Bodies are built once per data change and then served
 * from memory; a request only pays for a rebuild when it is the first one after a change.
 */
final class Warehouse implements InitializingBean {

    private static final Logger logger = LoggerFactory.getLogger(Warehouse.class);

    private final long seed;

    private final Clock clock;

    private final Instant start;

    private final long replaceMillis;

    private final long driftMillis;

    private final JsonBodies bodies = new JsonBodies();

    private volatile State state;

    Warehouse(long seed, Clock clock, Duration replacePeriod, Duration driftPeriod) {
        this.seed = seed;
        this.clock = clock;
        this.start = clock.instant();
        this.replaceMillis = replacePeriod.toMillis();
        this.driftMillis = driftPeriod.toMillis();
    }

    /**
     * Builds the first catalogue in the background at start-up, so that neither start-up nor (usually) the first
     * request waits for it; a request that comes sooner waits for the same build rather than starting another.
     */
    @Override
    public void afterPropertiesSet() {
        Thread warmUp = new Thread(this::current, "simulator-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    long seed() {
        return this.seed;
    }

    Catalogue catalogue() {
        return current().catalogue();
    }

    JsonBody products(Category category) {
        return current().products().get(category);
    }

    JsonBody availability(String manufacturer) {
        return current().availability().getOrDefault(manufacturer, JsonBodies.EMPTY_AVAILABILITY);
    }

    private State current() {
        long elapsed = Math.max(0, Duration.between(this.start, this.clock.instant()).toMillis());
        long generation = elapsed / this.replaceMillis;
        long step = elapsed / this.driftMillis;
        State state = this.state;
        return (state != null && state.isAt(generation, step)) ? state : advanceTo(generation, step);
    }

    private synchronized State advanceTo(long generation, long step) {
        State previous = this.state;
        if (previous != null && previous.isAt(generation, step)) {
            return previous;
        }
        long started = System.nanoTime();
        State next = (previous != null && previous.catalogue().generation() == generation)
                ? new State(previous.catalogue(), previous.products(), step,
                        this.bodies.availability(previous.catalogue(), step))
                : newCatalogue(generation, step);
        this.state = next;
        log(previous, next, (System.nanoTime() - started) / 1_000_000);
        return next;
    }

    private State newCatalogue(long generation, long step) {
        Catalogue catalogue = CatalogueGenerator.generate(this.seed, generation);
        return new State(catalogue, this.bodies.products(catalogue), step, this.bodies.availability(catalogue, step));
    }

    private void log(State previous, State next, long millis) {
        if (previous == null || previous.catalogue() != next.catalogue()) {
            Catalogue catalogue = next.catalogue();
            logger.info("Simulator generated catalogue {} from seed {}: {} products, {} availability rows of {} "
                    + "manufacturers, {} KB of JSON, in {} ms", catalogue.generation(), this.seed,
                    catalogue.productCount(), catalogue.availabilityRowCount(), catalogue.availability().size(),
                    next.bodyBytes() / 1024, millis);
        }
        else {
            logger.debug("Simulator availability moved to drift step {} in {} ms", next.step(), millis);
        }
    }

    private record State(Catalogue catalogue, Map<Category, JsonBody> products, long step,
            Map<String, JsonBody> availability) {

        boolean isAt(long generation, long step) {
            return this.catalogue.generation() == generation && this.step == step;
        }

        long bodyBytes() {
            return this.products.values().stream().mapToLong(body -> body.bytes().length).sum()
                    + this.availability.values().stream().mapToLong(body -> body.bytes().length).sum();
        }

    }

}
