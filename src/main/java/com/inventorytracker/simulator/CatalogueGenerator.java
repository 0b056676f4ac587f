package com.inventorytracker.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.inventorytracker.catalog.Category;

/**
 * Generates a warehouse of the original's size and shape, deterministically from a seed and a generation number:
 * the same pair gives the same warehouse, the next generation an unrelated one with new ids.
 */
final class CatalogueGenerator {

    /** Manufacturers the original was seen to use; it named six of them at a time. */
    static final List<String> MANUFACTURER_POOL = List.of("abiplos", "hennex", "ippal", "juuran", "laion", "niksleh",
            "okkau", "umpante");

    static final int MANUFACTURERS_AT_A_TIME = 6;

    static final int MIN_PRODUCTS_PER_CATEGORY = 5_500;

    static final int MAX_PRODUCTS_PER_CATEGORY = 7_400;

    static final int MIN_AVAILABILITY_ROWS = 6_000;

    static final int MAX_AVAILABILITY_ROWS = 6_700;

    /** Share of products that have no availability row at all (the client must show them as unknown). */
    static final double SHARE_WITHOUT_ROW = 0.002;

    private static final List<String> COLOURS = List.of("black", "blue", "green", "grey", "purple", "red", "white",
            "yellow");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SplittableRandom random;

    private final Set<String> usedIds = new HashSet<>();

    private CatalogueGenerator(long seed, long generation) {
        this.random = new SplittableRandom(Mix.of(seed, generation));
    }

    static Catalogue generate(long seed, long generation) {
        return new CatalogueGenerator(seed, generation).catalogue(generation);
    }

    private Catalogue catalogue(long generation) {
        List<String> manufacturers = manufacturers();
        Map<Category, List<SimulatedProduct>> products = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            products.put(category, products(category, manufacturers));
        }
        Map<String, AvailabilityList> availability = new LinkedHashMap<>();
        for (String manufacturer : manufacturers) {
            availability.put(manufacturer, availabilityList(manufacturer, products));
        }
        return new Catalogue(generation, Collections.unmodifiableMap(products),
                Collections.unmodifiableMap(availability));
    }

    private List<String> manufacturers() {
        List<String> pool = new ArrayList<>(MANUFACTURER_POOL);
        shuffle(pool);
        return List.copyOf(pool.subList(0, MANUFACTURERS_AT_A_TIME));
    }

    private List<SimulatedProduct> products(Category category, List<String> manufacturers) {
        int count = this.random.nextInt(MIN_PRODUCTS_PER_CATEGORY, MAX_PRODUCTS_PER_CATEGORY + 1);
        List<SimulatedProduct> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String manufacturer = manufacturers.get(this.random.nextInt(manufacturers.size()));
            products.add(new SimulatedProduct(newId(), category.slug(), ProductNames.next(this.random), colours(),
                    this.random.nextInt(10, 1000), manufacturer));
        }
        return List.copyOf(products);
    }

    private List<String> colours() {
        String first = pick(COLOURS);
        if (this.random.nextInt(10) != 0) {
            return List.of(first);
        }
        String second = pick(COLOURS);
        while (second.equals(first)) {
            second = pick(COLOURS);
        }
        return List.of(first, second);
    }

    /**
     * The manufacturer's products of all categories, bar a handful, plus about as many ids that match no product,
     * shuffled, to a list size the original had where the number of products allows: its lists looked like that.
     */
    private AvailabilityList availabilityList(String manufacturer, Map<Category, List<SimulatedProduct>> products) {
        List<String> ids = new ArrayList<>();
        products.values().forEach(list -> list.stream()
            .filter(product -> product.manufacturer().equals(manufacturer))
            .filter(product -> this.random.nextDouble() >= SHARE_WITHOUT_ROW)
            .forEach(product -> ids.add(product.id().toUpperCase(Locale.ROOT))));
        int matched = ids.size();
        int unmatched = Math.max((int) (matched * 0.8), Math.min((int) (matched * 1.2), rowTarget() - matched));
        for (int i = 0; i < unmatched; i++) {
            ids.add(newId().toUpperCase(Locale.ROOT));
        }
        shuffle(ids);
        long[] keys = new long[ids.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = this.random.nextLong();
        }
        return new AvailabilityList(ids.toArray(String[]::new), keys);
    }

    private int rowTarget() {
        return this.random.nextInt(MIN_AVAILABILITY_ROWS, MAX_AVAILABILITY_ROWS + 1);
    }

    private String newId() {
        String id;
        do {
            char[] chars = new char[this.random.nextInt(18, 25)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = HEX[this.random.nextInt(HEX.length)];
            }
            id = new String(chars);
        }
        while (!this.usedIds.add(id));
        return id;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(this.random.nextInt(choices.size()));
    }

    /** Fisher-Yates: {@code Collections.shuffle} takes only a {@code java.util.Random} on Java 17. */
    private void shuffle(List<?> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, this.random.nextInt(i + 1));
        }
    }

}
