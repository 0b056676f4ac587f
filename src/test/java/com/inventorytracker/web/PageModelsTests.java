package com.inventorytracker.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.inventorytracker.refresh.RefreshProperties;
import com.inventorytracker.refresh.RefreshStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageModelsTests {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	private final PageModels models = models(Duration.ofMinutes(5));

	@Test
	void noscriptRefreshIsTheTimeToTheNextRefreshRoundedUpPlusTheMargin() {
		assertThat(seconds(NOW.plusSeconds(300))).isEqualTo(310);
		assertThat(seconds(NOW.plusSeconds(30))).isEqualTo(40);
		assertThat(seconds(NOW.plusMillis(299_001))).isEqualTo(310);
	}

	/**
	 * The value stays in a cached page after the refresh is due: a page must never reload
	 * in a tight loop.
	 */
	@Test
	void noscriptRefreshIsNeverShorterThanTheRetry() {
		assertThat(seconds(NOW.plusMillis(1))).isEqualTo(15);
		assertThat(seconds(NOW.plusSeconds(4))).isEqualTo(15);
	}

	@Test
	void noscriptRefreshRetriesSoonWhenOverdueDueNowOrUnknown() {
		assertThat(seconds(NOW)).isEqualTo(15);
		assertThat(seconds(NOW.minusSeconds(1))).isEqualTo(15);
		assertThat(seconds(NOW.minus(Duration.ofDays(1)))).isEqualTo(15);
		assertThat(seconds(null)).isEqualTo(15);
	}

	@Test
	void noscriptRefreshNeverWaitsLongerThanOneInterval() {
		assertThat(seconds(NOW.plus(Duration.ofDays(2)))).isEqualTo(310);
	}

	private long seconds(Instant next) {
		return models.noscriptRefreshSeconds(
				new RefreshStatus(3, NOW.minusSeconds(60), next, false, List.of(), List.of(), null, null, null));
	}

	/** Without the snapshot's readers, which the no-script refresh does not use. */
	private static PageModels models(Duration interval) {
		return new PageModels(null, new RefreshProperties(interval, interval, Duration.ofSeconds(10)),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

}
