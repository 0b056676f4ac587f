package com.inventorytracker.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

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

	private static final Instant CHANGED = Instant.parse("2026-11-25T11:55:00Z");

	private static final Instant CHANGED_EARLIER = Instant.parse("2026-11-25T10:00:00Z");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ProductRepository repository;

	@Autowired
	private TestSnapshots snapshots;

	@BeforeEach
	void writeSnapshot() {
		snapshots.write(CHECKED,
				List.of(glove("a1", "KOLHEMAK NORMAL", List.of("black"), 69, "ippal", Availability.INSTOCK),
						glove("a2", "ÄKSÖN TUPPY", List.of("red", "white"), 12, "okkau", Availability.LESSTHAN10)
							.withChange(Availability.INSTOCK, CHANGED),
						glove("a3", "BUTAK 50%_OFF", List.of("white"), 999, "ippal", Availability.OUTOFSTOCK)
							.withChange(Availability.LESSTHAN10, CHANGED_EARLIER),
						new Product("a4", Category.GLOVES, "NYOP RÖÖK", List.of("blue"), 250, "laion",
								Availability.UNKNOWN, null),
						new Product("b1", Category.BEANIES, "KOLHEMAK BEANIE", List.of("black"), 30, "ippal",
								Availability.INSTOCK, CHECKED)));
	}

	@Test
	void findWithoutFiltersReturnsEveryProductOfTheCategoryByName() {
		ProductPage page = repository.find(Category.GLOVES, ProductQuery.ALL);

		assertThat(page.products()).extracting(Product::name)
			.containsExactly("BUTAK 50%_OFF", "KOLHEMAK NORMAL", "NYOP RÖÖK", "ÄKSÖN TUPPY");
		assertThat(page.matching()).isEqualTo(4);
	}

	@Test
	void findReadsEveryColumnBack() {
		Product product = repository.find(Category.GLOVES, query("äksön", null, null, null, null, null, null))
			.products()
			.get(0);

		assertThat(product).isEqualTo(new Product("a2", Category.GLOVES, "ÄKSÖN TUPPY", List.of("red", "white"), 12,
				"okkau", Availability.LESSTHAN10, CHECKED, Availability.INSTOCK, CHANGED));
	}

	@Test
	void neverChangedAvailabilityReadsBackWithoutHistory() {
		Product product = repository.find(Category.GLOVES, query("kolhemak", null, null, null, null, null, null))
			.products()
			.get(0);

		assertThat(product.previousAvailability()).isNull();
		assertThat(product.availabilityChangedAt()).isNull();
	}

	@Test
	void neverConfirmedAvailabilityReadsBackWithoutATime() {
		Product product = repository.find(Category.GLOVES, query("nyop", null, null, null, null, null, null))
			.products()
			.get(0);

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
		assertThat(names(query(null, null, "ippal", null, null, null, null))).containsExactly("BUTAK 50%_OFF",
				"KOLHEMAK NORMAL");
		assertThat(names(query(null, null, null, "white", null, null, null))).containsExactly("BUTAK 50%_OFF",
				"ÄKSÖN TUPPY");
		assertThat(names(query(null, null, "ippal", "white", null, null, null))).containsExactly("BUTAK 50%_OFF");
	}

	/**
	 * The snapshot was refreshed at 12:00: a2 changed 5 minutes before, a3 two hours
	 * before.
	 */
	@Test
	void changedFilterLooksBackFromTheSnapshotsRefreshTime() {
		assertThat(names(changed("5m"))).containsExactly("ÄKSÖN TUPPY");
		assertThat(names(changed("300s"))).containsExactly("ÄKSÖN TUPPY");
		assertThat(names(changed("299s"))).isEmpty();
		assertThat(names(changed("2h"))).containsExactly("BUTAK 50%_OFF", "ÄKSÖN TUPPY");
		assertThat(names(changed("7d"))).containsExactly("BUTAK 50%_OFF", "ÄKSÖN TUPPY");
		assertThat(names(ProductQuery.parse(null, null, "ippal", null, "7d", null, null, null)))
			.containsExactly("BUTAK 50%_OFF");
		ProductPage paged = repository.find(Category.GLOVES,
				ProductQuery.parse(null, null, null, null, "1d", "price", "1", "1"));
		assertThat(paged.products()).extracting(Product::id).containsExactly("a2");
		assertThat(paged.matching()).isEqualTo(2);
	}

	@Test
	void colourFilterMatchesWholeColoursOnly() {
		assertThat(names(query(null, null, null, "whit", null, null, null))).isEmpty();
	}

	@Test
	void sortsEachFieldBothWays() {
		assertThat(sorted("price", Product::price)).containsExactly(12, 69, 250, 999);
		assertThat(sorted("-price", Product::price)).containsExactly(999, 250, 69, 12);
		assertThat(sorted("-name", Product::name)).containsExactly("ÄKSÖN TUPPY", "NYOP RÖÖK", "KOLHEMAK NORMAL",
				"BUTAK 50%_OFF");
		assertThat(sorted("manufacturer", Product::manufacturer)).containsExactly("ippal", "ippal", "laion", "okkau");
		assertThat(sorted("-manufacturer", Product::manufacturer)).containsExactly("okkau", "laion", "ippal", "ippal");
		assertThat(sorted("availability", Product::availability)).containsExactly(Availability.INSTOCK,
				Availability.LESSTHAN10, Availability.OUTOFSTOCK, Availability.UNKNOWN);
		assertThat(sorted("-availability", Product::availability)).containsExactly(Availability.UNKNOWN,
				Availability.OUTOFSTOCK, Availability.LESSTHAN10, Availability.INSTOCK);
	}

	@Test
	void pagesCountAllMatchingRows() {
		ProductPage first = repository.find(Category.GLOVES, query(null, null, null, null, "price", "1", "3"));
		ProductPage second = repository.find(Category.GLOVES, query(null, null, null, null, "price", "2", "3"));

		assertThat(first.products()).extracting(Product::price).containsExactly(12, 69, 250);
		assertThat(second.products()).extracting(Product::price).containsExactly(999);
		assertThat(first.matching()).isEqualTo(4);
		assertThat(second.matching()).isEqualTo(4);
	}

	@Test
	void pageBeyondTheLastIsEmptyButKeepsTheCount() {
		ProductPage page = repository.find(Category.GLOVES, query(null, null, null, null, null, "9", "3"));

		assertThat(page.products()).isEmpty();
		assertThat(page.matching()).isEqualTo(4);
	}

	@Test
	void rankGivesAPagesIdsWithEveryMatchAndTheSnapshotsVersion() {
		long version = repository.snapshotVersion();
		ProductRepository.ProductIds ranked = repository.rank(Category.GLOVES,
				query(null, null, "ippal", null, "-price", "1", "1"));

		assertThat(ranked.ids()).containsExactly("a3");
		assertThat(ranked.matching()).isEqualTo(2);
		assertThat(ranked.snapshotVersion()).isEqualTo(version).isPositive();
		assertThat(repository.rank(Category.GLOVES, query(null, "INSTOCK", null, "black", null, null, null)))
			.extracting(ProductRepository.ProductIds::ids, ProductRepository.ProductIds::matching)
			.containsExactly(List.of("a1"), 1);
	}

	@Test
	void rankOfAPageBeyondTheLastReadsNoVersion() {
		ProductRepository.ProductIds ranked = repository.rank(Category.GLOVES,
				query(null, null, null, null, null, "9", "3"));

		assertThat(ranked.ids()).isEmpty();
		assertThat(ranked.snapshotVersion()).isZero();
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
	void changesCountWhatMovedWithinTheWindowBeforeTheRefresh() {
		snapshots.write(CHECKED,
				List.of(glove("c1", "A", List.of("black"), 10, "ippal", Availability.INSTOCK)
					.withChange(Availability.OUTOFSTOCK, CHECKED),
						glove("c2", "B", List.of("black"), 10, "ippal", Availability.LESSTHAN10)
							.withChange(Availability.OUTOFSTOCK, CHANGED),
						glove("c3", "C", List.of("black"), 10, "ippal", Availability.LESSTHAN10)
							.withChange(Availability.INSTOCK, CHANGED),
						glove("c4", "D", List.of("black"), 10, "ippal", Availability.OUTOFSTOCK)
							.withChange(Availability.INSTOCK, CHANGED_EARLIER),
						glove("c5", "E", List.of("black"), 10, "ippal", Availability.INSTOCK)));

		assertThat(repository.changes(Category.GLOVES, Duration.ZERO)).isEqualTo(new ChangeSummary(1, 0, 1, 0));
		assertThat(repository.changes(Category.GLOVES, Duration.ofMinutes(5))).isEqualTo(new ChangeSummary(3, 0, 2, 1));
		assertThat(repository.changes(Category.GLOVES, Duration.ofHours(2))).isEqualTo(new ChangeSummary(4, 1, 2, 1));
		assertThat(repository.changes(Category.BEANIES, Duration.ofDays(1))).isEqualTo(new ChangeSummary(0, 0, 0, 0));
	}

	@Test
	void countsEveryCategoryIncludingEmptyOnes() {
		assertThat(repository.countByCategory()).containsEntry(Category.GLOVES, 4)
			.containsEntry(Category.BEANIES, 1)
			.containsEntry(Category.FACEMASKS, 0);
	}

	@Test
	void listsTheManufacturersOfACategory() {
		assertThat(repository.manufacturers(Category.GLOVES)).containsExactly("ippal", "laion", "okkau");
	}

	@Test
	void listsEachColourOfACategoryOnce() {
		assertThat(repository.colors(Category.GLOVES)).containsExactlyInAnyOrder("black", "red", "white", "blue");
		assertThat(repository.colors(Category.FACEMASKS)).isEmpty();
	}

	private List<String> names(ProductQuery query) {
		return repository.find(Category.GLOVES, query).products().stream().map(Product::name).toList();
	}

	private static ProductQuery changed(String changed) {
		return ProductQuery.parse(null, null, null, null, changed, null, null, null);
	}

	private <T> List<T> sorted(String sort, Function<Product, T> column) {
		return repository.find(Category.GLOVES, query(null, null, null, null, sort, null, null))
			.products()
			.stream()
			.map(column)
			.toList();
	}

	private static ProductQuery query(String q, String availability, String manufacturer, String color, String sort,
			String page, String size) {
		return ProductQuery.parse(q, availability, manufacturer, color, null, sort, page, size);
	}

	private static Product glove(String id, String name, List<String> colors, int price, String manufacturer,
			Availability availability) {
		return new Product(id, Category.GLOVES, name, colors, price, manufacturer, availability, CHECKED);
	}

}
