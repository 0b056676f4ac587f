package com.inventorytracker.catalog;

import java.time.Instant;
import java.util.List;

import com.inventorytracker.refresh.TestSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ ProductRepository.class, TestSnapshots.Slice.class })
class ProductRepositoryTests {

    private static final Instant CHECKED = Instant.parse("2026-11-25T12:00:00Z");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ProductRepository repository;

    @Autowired
    private TestSnapshots snapshots;

    @BeforeEach
    void writeSnapshot() {
        snapshots.write(CHECKED, List.of(
                glove("a1", "KOLHEMAK NORMAL", List.of("black"), 69, "ippal", Availability.INSTOCK),
                glove("a2", "ÄKSÖN TUPPY", List.of("red", "white"), 12, "okkau", Availability.LESSTHAN10),
                glove("a3", "BUTAK 50%_OFF", List.of("white"), 999, "ippal", Availability.OUTOFSTOCK),
                new Product("a4", Category.GLOVES, "NYOP RÖÖK", List.of("blue"), 250, "laion", Availability.UNKNOWN,
                        null),
                new Product("b1", Category.BEANIES, "KOLHEMAK BEANIE", List.of("black"), 30, "ippal",
                        Availability.INSTOCK, CHECKED)));
    }

    @Test
    void findWithoutFiltersReturnsEveryProductOfTheCategoryByName() {
        ProductPage page = repository.find(Category.GLOVES, ProductQuery.ALL);

        assertThat(page.products()).extracting(Product::name)
            .containsExactly("BUTAK 50%_OFF", "KOLHEMAK NORMAL", "NYOP RÖÖK", "ÄKSÖN TUPPY");
        assertThat(page.matching()).isEqualTo(4);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void findReadsEveryColumnBack() {
        Product product = repository.find(Category.GLOVES, query("äksön", null, null, null, null, null, null))
            .products().get(0);

        assertThat(product).isEqualTo(new Product("a2", Category.GLOVES, "ÄKSÖN TUPPY", List.of("red", "white"), 12,
                "okkau", Availability.LESSTHAN10, CHECKED));
    }

    @Test
    void neverConfirmedAvailabilityReadsBackWithoutATime() {
        Product product = repository.find(Category.GLOVES, query("nyop", null, null, null, null, null, null))
            .products().get(0);

        assertThat(product.availabilityCheckedAt()).isNull();
    }

    @Test
    void searchMatchesNonAsciiNamesWhateverTheCase() {
        assertThat(names(query("röö", null, null, null, null, null, null))).containsExactly("NYOP RÖÖK");
        assertThat(names(query("RÖÖ", null, null, null, null, null, null))).containsExactly("NYOP RÖÖK");
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainText() {
        assertThat(names(query("%_", null, null, null, null, null, null))).containsExactly("BUTAK 50%_OFF");
        assertThat(names(query("_", null, null, null, null, null, null))).containsExactly("BUTAK 50%_OFF");
    }

    @Test
    void filtersByAvailabilityManufacturerAndColour() {
        assertThat(names(query(null, "outofstock", null, null, null, null, null))).containsExactly("BUTAK 50%_OFF");
        assertThat(names(query(null, null, "ippal", null, null, null, null)))
            .containsExactly("BUTAK 50%_OFF", "KOLHEMAK NORMAL");
        assertThat(names(query(null, null, null, "white", null, null, null)))
            .containsExactly("BUTAK 50%_OFF", "ÄKSÖN TUPPY");
        assertThat(names(query(null, null, "ippal", "white", null, null, null))).containsExactly("BUTAK 50%_OFF");
    }

    @Test
    void colourFilterMatchesWholeColoursOnly() {
        assertThat(names(query(null, null, null, "whit", null, null, null))).isEmpty();
    }

    @Test
    void sortsEachFieldBothWays() {
        assertThat(prices("price")).containsExactly(12, 69, 250, 999);
        assertThat(prices("-price")).containsExactly(999, 250, 69, 12);
        assertThat(names(query(null, null, null, null, "-name", null, null)))
            .containsExactly("ÄKSÖN TUPPY", "NYOP RÖÖK", "KOLHEMAK NORMAL", "BUTAK 50%_OFF");
        assertThat(manufacturers("manufacturer")).containsExactly("ippal", "ippal", "laion", "okkau");
        assertThat(manufacturers("-manufacturer")).containsExactly("okkau", "laion", "ippal", "ippal");
        assertThat(availabilities("availability")).containsExactly(Availability.INSTOCK, Availability.LESSTHAN10,
                Availability.OUTOFSTOCK, Availability.UNKNOWN);
        assertThat(availabilities("-availability")).containsExactly(Availability.UNKNOWN, Availability.OUTOFSTOCK,
                Availability.LESSTHAN10, Availability.INSTOCK);
    }

    @Test
    void pagesCountAllMatchingRows() {
        ProductPage first = repository.find(Category.GLOVES, query(null, null, null, null, "price", "1", "3"));
        ProductPage second = repository.find(Category.GLOVES, query(null, null, null, null, "price", "2", "3"));

        assertThat(first.products()).extracting(Product::price).containsExactly(12, 69, 250);
        assertThat(second.products()).extracting(Product::price).containsExactly(999);
        assertThat(first.matching()).isEqualTo(4);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void pageBeyondTheLastIsEmptyButKeepsTheCount() {
        ProductPage page = repository.find(Category.GLOVES, query(null, null, null, null, null, "9", "3"));

        assertThat(page.products()).isEmpty();
        assertThat(page.matching()).isEqualTo(4);
    }

    @Test
    void summarizeCountsEachAvailability() {
        CategorySummary summary = repository.summarize(Category.GLOVES);

        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.count(Availability.OUTOFSTOCK)).isEqualTo(1);
        assertThat(summary.count(Availability.LESSTHAN10)).isEqualTo(1);
        assertThat(repository.summarize(Category.FACEMASKS).total()).isZero();
    }

    @Test
    void countsEveryCategoryIncludingEmptyOnes() {
        assertThat(repository.countByCategory())
            .containsEntry(Category.GLOVES, 4)
            .containsEntry(Category.BEANIES, 1)
            .containsEntry(Category.FACEMASKS, 0);
    }

    @Test
    void listsTheManufacturersOfACategory() {
        assertThat(repository.manufacturers(Category.GLOVES)).containsExactly("ippal", "laion", "okkau");
    }

    private List<String> names(ProductQuery query) {
        return repository.find(Category.GLOVES, query).products().stream().map(Product::name).toList();
    }

    private List<Integer> prices(String sort) {
        return repository.find(Category.GLOVES, query(null, null, null, null, sort, null, null)).products().stream()
            .map(Product::price).toList();
    }

    private List<String> manufacturers(String sort) {
        return repository.find(Category.GLOVES, query(null, null, null, null, sort, null, null)).products().stream()
            .map(Product::manufacturer).toList();
    }

    private List<Availability> availabilities(String sort) {
        return repository.find(Category.GLOVES, query(null, null, null, null, sort, null, null)).products().stream()
            .map(Product::availability).toList();
    }

    private static ProductQuery query(String q, String availability, String manufacturer, String color, String sort,
            String page, String size) {
        return ProductQuery.parse(q, availability, manufacturer, color, sort, page, size);
    }

    private static Product glove(String id, String name, List<String> colors, int price, String manufacturer,
            Availability availability) {
        return new Product(id, Category.GLOVES, name, colors, price, manufacturer, availability, CHECKED);
    }

}
