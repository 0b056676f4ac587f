package com.inventorytracker.simulator;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.inventorytracker.catalog.Category;
import com.inventorytracker.simulator.Catalogue.Row;
import com.inventorytracker.simulator.Catalogue.SimulatedProduct;
import com.inventorytracker.simulator.Catalogue.StockValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTests {

	@Test
	void sameSeedGenerationAndStepGiveTheSameWarehouse() {
		Catalogue first = new Catalogue(7, 3);
		Catalogue second = new Catalogue(7, 3);
		first.driftTo(4);
		second.driftTo(4);

		assertThat(second.products()).isEqualTo(first.products());
		assertThat(second.availability().keySet()).containsExactlyElementsOf(first.availability().keySet());
		first.availability()
			.forEach((manufacturer, rows) -> assertThat(second.availability().get(manufacturer)).isEqualTo(rows));
	}

	@Test
	void nextGenerationAndOtherSeedShareNoIds() {
		Set<String> ids = productIds(new Catalogue(7, 3));

		assertThat(common(productIds(new Catalogue(7, 4)), ids)).isEmpty();
		assertThat(common(productIds(new Catalogue(8, 3)), ids)).isEmpty();
	}

	@Test
	void warehouseHasTheOriginalsSizeAndSixManufacturersFromThePool() {
		int listsOfTheOriginalsSize = 0;
		for (long seed = 0; seed < 5; seed++) {
			Catalogue catalogue = new Catalogue(seed, 0);

			catalogue.products().values().forEach(products -> assertThat(products).hasSizeBetween(5_500, 7_400));
			Set<String> makers = catalogue.products()
				.values()
				.stream()
				.flatMap(List::stream)
				.map(SimulatedProduct::manufacturer)
				.collect(Collectors.toSet());
			assertThat(makers).hasSize(6).isSubsetOf(Catalogue.MANUFACTURER_POOL);
			assertThat(catalogue.availability().keySet()).containsExactlyInAnyOrderElementsOf(makers);
			for (Row[] rows : catalogue.availability().values()) {
				assertThat(rows.length).isBetween(5_000, 8_200);
				listsOfTheOriginalsSize += (rows.length >= 6_000 && rows.length <= 6_700) ? 1 : 0;
			}
		}
		assertThat(listsOfTheOriginalsSize).as("lists of 6,000 to 6,700 rows, out of 30").isGreaterThanOrEqualTo(24);
	}

	@Test
	void availabilityListsHoldUpperCaseIdsOnceEach() {
		Catalogue catalogue = new Catalogue(11, 0);
		Set<String> all = new HashSet<>();
		int rows = 0;

		for (Row[] list : catalogue.availability().values()) {
			List<String> ids = ids(list);
			assertThat(new HashSet<>(ids)).hasSize(ids.size());
			assertThat(ids).allMatch(id -> id.matches("[0-9A-F]{18,24}"));
			all.addAll(ids);
			rows += ids.size();
		}

		assertThat(all).as("no id in two manufacturers' lists").hasSize(rows);
	}

	@Test
	void productsTakeTheCategoryAsTypeAndCarryOneOrTwoColours() {
		Catalogue catalogue = new Catalogue(5, 0);

		for (Category category : Category.values()) {
			List<SimulatedProduct> products = catalogue.products().get(category);
			assertThat(products).allMatch(product -> product.type().equals(category.slug()));
			long twoColours = products.stream().filter(product -> product.color().size() == 2).count();
			assertThat(twoColours / (double) products.size()).isBetween(0.07, 0.13);
			assertThat(products).allMatch(product -> product.color().size() <= 2);
		}
	}

	@Test
	void valuesKeepTheOriginalsSharesAtEveryStep() {
		Catalogue catalogue = new Catalogue(42, 0);
		for (int step = 0; step < 3; step++) {
			catalogue.driftTo(step);
			Map<StockValue, Integer> counts = new EnumMap<>(StockValue.class);
			catalogue.availability()
				.values()
				.forEach(rows -> Arrays.stream(rows).forEach(row -> counts.merge(row.value(), 1, Integer::sum)));
			double all = counts.values().stream().mapToInt(Integer::intValue).sum();
			assertThat(counts.get(StockValue.INSTOCK) / all).isBetween(0.88, 0.92);
			assertThat(counts.get(StockValue.LESSTHAN10) / all).isBetween(0.04, 0.06);
			assertThat(counts.get(StockValue.OUTOFSTOCK) / all).isBetween(0.04, 0.06);
		}
	}

	@Test
	void aFewPercentOfRowsChangeStatePerStepAndIdsStay() {
		Catalogue catalogue = new Catalogue(42, 0);
		for (int step = 1; step <= 5; step++) {
			Map<String, Row[]> before = new HashMap<>();
			catalogue.availability().forEach((manufacturer, rows) -> before.put(manufacturer, rows.clone()));

			catalogue.driftTo(step);

			int changed = 0;
			int all = 0;
			for (var entry : catalogue.availability().entrySet()) {
				Row[] old = before.get(entry.getKey());
				Row[] now = entry.getValue();
				assertThat(ids(now)).isEqualTo(ids(old));
				for (int i = 0; i < old.length; i++) {
					changed += (old[i].value() != now[i].value()) ? 1 : 0;
				}
				all += old.length;
			}
			assertThat(changed / (double) all).isBetween(0.03, 0.045);
		}
	}

	/**
	 * Plain set intersection: AssertJ's containment checks compare element by element,
	 * too slow at this size.
	 */
	static Set<String> common(Set<String> some, Set<String> others) {
		Set<String> common = new HashSet<>(some);
		common.retainAll(others);
		return common;
	}

	private static List<String> ids(Row[] rows) {
		return Arrays.stream(rows).map(Row::id).toList();
	}

	private static Set<String> productIds(Catalogue catalogue) {
		return catalogue.products()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(SimulatedProduct::id)
			.collect(Collectors.toSet());
	}

}
