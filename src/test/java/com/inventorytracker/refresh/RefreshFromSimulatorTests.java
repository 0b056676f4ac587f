package com.inventorytracker.refresh;

import java.util.Map;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.CategorySummary;
import com.inventorytracker.catalog.ProductRepository;
import com.inventorytracker.web.api.InventoryWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole pipeline as a fresh clone runs it: no upstream configured, so the app reads
 * its own embedded simulator over real HTTP, with the simulator's default failure rate
 * (in the web tests' shared context).
 */
@InventoryWebTest
class RefreshFromSimulatorTests {

	@Autowired
	private RefreshService refreshService;

	@Autowired
	private RefreshStatusService statusService;

	@Autowired
	private ProductRepository products;

	@Test
	void refreshFillsEveryCategoryWithAvailabilitiesInTheExpectedProportions() {
		long before = statusService.current().snapshotVersion();

		assertThat(refreshService.refresh()).isPresent();

		RefreshStatus status = statusService.current();
		assertThat(status.snapshotVersion()).isEqualTo(before + 1);
		assertThat(status.staleSources()).isEmpty();
		assertThat(status.manufacturers()).hasSize(6);
		Map<Category, Integer> counts = products.countByCategory();
		assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(5_500, 7_500));
		assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isBetween(17_000, 21_000);

		for (Category category : Category.values()) {
			CategorySummary summary = products.summarize(category);
			assertThat(share(summary, Availability.INSTOCK)).isCloseTo(0.90, within(0.03));
			assertThat(share(summary, Availability.LESSTHAN10)).isCloseTo(0.05, within(0.02));
			assertThat(share(summary, Availability.OUTOFSTOCK)).isCloseTo(0.05, within(0.02));
			// the simulator leaves a handful of products without an availability row
			assertThat(share(summary, Availability.UNKNOWN)).isLessThan(0.01);
		}
	}

	@Test
	void secondRefreshWritesANewVersionWithTheSameProducts() {
		refreshService.refresh();
		long before = statusService.current().snapshotVersion();
		Map<Category, Integer> countsBefore = products.countByCategory();

		assertThat(refreshService.refresh()).isPresent();

		assertThat(statusService.current().snapshotVersion()).isEqualTo(before + 1);
		assertThat(products.countByCategory()).isEqualTo(countsBefore);
	}

	private static double share(CategorySummary summary, Availability availability) {
		return (double) summary.count(availability) / summary.total();
	}

}
