package com.inventorytracker.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.inventorytracker.catalog.Category;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueGeneratorTests {

    @Test
    void sameSeedAndGenerationGiveTheSameWarehouse() {
        Catalogue first = CatalogueGenerator.generate(7, 3);
        Catalogue second = CatalogueGenerator.generate(7, 3);

        assertThat(second.products()).isEqualTo(first.products());
        assertThat(second.availability().keySet()).containsExactlyElementsOf(first.availability().keySet());
        first.availability().forEach((manufacturer, list) -> assertThat(second.availability().get(manufacturer).ids())
            .isEqualTo(list.ids()));
    }

    @Test
    void nextGenerationAndOtherSeedShareNoIds() {
        Set<String> ids = productIds(CatalogueGenerator.generate(7, 3));

        assertThat(common(productIds(CatalogueGenerator.generate(7, 4)), ids)).isEmpty();
        assertThat(common(productIds(CatalogueGenerator.generate(8, 3)), ids)).isEmpty();
    }

    @Test
    void warehouseHasTheOriginalsSizeAndSixManufacturersFromThePool() {
        int listsOfTheOriginalsSize = 0;
        for (long seed = 0; seed < 5; seed++) {
            Catalogue catalogue = CatalogueGenerator.generate(seed, 0);

            catalogue.products().values().forEach(products -> assertThat(products).hasSizeBetween(5_500, 7_400));
            assertThat(catalogue.productCount()).isEqualTo(productIds(catalogue).size());
            Set<String> makers = catalogue.products().values().stream().flatMap(List::stream)
                .map(SimulatedProduct::manufacturer).collect(Collectors.toSet());
            assertThat(makers).hasSize(6).isSubsetOf(CatalogueGenerator.MANUFACTURER_POOL);
            assertThat(catalogue.availability().keySet()).containsExactlyInAnyOrderElementsOf(makers);
            for (AvailabilityList list : catalogue.availability().values()) {
                assertThat(list.size()).isBetween(5_000, 8_200);
                listsOfTheOriginalsSize += (list.size() >= 6_000 && list.size() <= 6_700) ? 1 : 0;
            }
        }
        assertThat(listsOfTheOriginalsSize).as("lists of 6,000 to 6,700 rows, out of 30").isGreaterThanOrEqualTo(24);
    }

    @Test
    void availabilityListsHoldUpperCaseIdsOnceEach() {
        Catalogue catalogue = CatalogueGenerator.generate(11, 0);
        Set<String> all = new HashSet<>();

        catalogue.availability().values().forEach(list -> {
            assertThat(new HashSet<>(list.ids())).hasSize(list.size());
            assertThat(list.ids()).allMatch(id -> id.matches("[0-9A-F]{18,24}"));
            list.ids().forEach(all::add);
        });

        assertThat(all).as("no id in two manufacturers' lists").hasSize(catalogue.availabilityRowCount());
    }

    @Test
    void productsTakeTheCategoryAsTypeAndCarryOneOrTwoColours() {
        Catalogue catalogue = CatalogueGenerator.generate(5, 0);

        for (Category category : Category.values()) {
            List<SimulatedProduct> products = catalogue.products().get(category);
            assertThat(products).allMatch(product -> product.type().equals(category.slug()));
            long twoColours = products.stream().filter(product -> product.color().size() == 2).count();
            assertThat(twoColours / (double) products.size()).isBetween(0.07, 0.13);
            assertThat(products).allMatch(product -> product.color().size() <= 2);
        }
    }

    /** Plain set intersection: AssertJ's containment checks compare element by element, too slow at this size. */
    static Set<String> common(Set<String> some, Set<String> others) {
        Set<String> common = new HashSet<>(some);
        common.retainAll(others);
        return common;
    }

    private static Set<String> productIds(Catalogue catalogue) {
        return catalogue.products().values().stream().flatMap(List::stream).map(SimulatedProduct::id)
            .collect(Collectors.toSet());
    }

}
