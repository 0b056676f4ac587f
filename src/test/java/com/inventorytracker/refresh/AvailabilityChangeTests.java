package com.inventorytracker.refresh;

import java.time.Instant;
import java.util.List;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import org.junit.jupiter.api.Test;

import static com.inventorytracker.catalog.Availability.INSTOCK;
import static com.inventorytracker.catalog.Availability.LESSTHAN10;
import static com.inventorytracker.catalog.Availability.OUTOFSTOCK;
import static com.inventorytracker.catalog.Availability.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityChangeTests {

	private static final Instant EARLIER = Instant.parse("2024-05-01T09:00:00Z");

	private static final Instant RUN = Instant.parse("2024-05-01T10:00:00Z");

	@Test
	void firstAppearanceIsNoChange() {
		Product row = SnapshotJoin.withHistory(null, now(OUTOFSTOCK), RUN);

		assertThat(row.previousAvailability()).isNull();
		assertThat(row.availabilityChangedAt()).isNull();
	}

	@Test
	void anotherConfirmedValueIsAChangeFromTheOldValueAtThisRun() {
		Product row = SnapshotJoin.withHistory(before(INSTOCK, null, null), now(OUTOFSTOCK), RUN);

		assertThat(row.previousAvailability()).isEqualTo(INSTOCK);
		assertThat(row.availabilityChangedAt()).isEqualTo(RUN);
		assertThat(row.availability()).isEqualTo(OUTOFSTOCK);
	}

	@Test
	void theSameValueKeepsTheLastChange() {
		Product row = SnapshotJoin.withHistory(before(OUTOFSTOCK, INSTOCK, EARLIER), now(OUTOFSTOCK), RUN);

		assertThat(row.previousAvailability()).isEqualTo(INSTOCK);
		assertThat(row.availabilityChangedAt()).isEqualTo(EARLIER);
	}

	@Test
	void aSecondChangeShowsTheLatestPreviousValue() {
		Product row = SnapshotJoin.withHistory(before(OUTOFSTOCK, INSTOCK, EARLIER), now(LESSTHAN10), RUN);

		assertThat(row.previousAvailability()).isEqualTo(OUTOFSTOCK);
		assertThat(row.availabilityChangedAt()).isEqualTo(RUN);
	}

	@Test
	void unknownNowIsNoValueAndKeepsTheLastChange() {
		Product row = SnapshotJoin.withHistory(before(INSTOCK, LESSTHAN10, EARLIER), now(UNKNOWN), RUN);

		assertThat(row.availability()).isEqualTo(UNKNOWN);
		assertThat(row.previousAvailability()).isEqualTo(LESSTHAN10);
		assertThat(row.availabilityChangedAt()).isEqualTo(EARLIER);
	}

	@Test
	void aValueAfterUnknownIsNoChange() {
		Product neverChanged = SnapshotJoin.withHistory(before(UNKNOWN, null, null), now(INSTOCK), RUN);
		Product changedBefore = SnapshotJoin.withHistory(before(UNKNOWN, OUTOFSTOCK, EARLIER), now(INSTOCK), RUN);

		assertThat(neverChanged.previousAvailability()).isNull();
		assertThat(neverChanged.availabilityChangedAt()).isNull();
		assertThat(changedBefore.previousAvailability()).isEqualTo(OUTOFSTOCK);
		assertThat(changedBefore.availabilityChangedAt()).isEqualTo(EARLIER);
	}

	@Test
	void everyOtherFieldIsKept() {
		Product now = now(OUTOFSTOCK);

		Product row = SnapshotJoin.withHistory(before(INSTOCK, null, null), now, RUN);

		assertThat(row).usingRecursiveComparison()
			.ignoringFields("previousAvailability", "availabilityChangedAt")
			.isEqualTo(now);
	}

	/** The product as the previous snapshot holds it. */
	private static Product before(Availability availability, Availability previous, Instant changedAt) {
		return new Product("a1", Category.GLOVES, "KOLHEMAK NORMAL", List.of("black"), 69, "ippal", availability,
				EARLIER, previous, changedAt);
	}

	private static Product now(Availability availability) {
		return new Product("a1", Category.GLOVES, "KOLHEMAK NORMAL", List.of("black"), 69, "ippal", availability, RUN);
	}

}
