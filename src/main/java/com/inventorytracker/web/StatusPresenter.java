package com.inventorytracker.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.inventorytracker.catalog.Product;
import com.inventorytracker.refresh.RefreshProperties;
import com.inventorytracker.refresh.RefreshStatus;
import com.inventorytracker.refresh.SourceStatus;
import com.inventorytracker.refresh.SourceStatus.SourceKind;
import com.inventorytracker.web.PageViews.StaleWarning;
import com.inventorytracker.web.PageViews.StatusView;
import com.inventorytracker.web.PageViews.TimeView;

import org.springframework.stereotype.Component;

/**
 * The refresh status as pages show it: the status area, the stale rows, the no-script
 * refresh.
 */
@Component
class StatusPresenter {

	/** While a refresh is running, overdue or not scheduled. */
	static final Duration NOSCRIPT_RETRY = Duration.ofSeconds(15);

	private final Duration refreshInterval;

	/** Also the margin after a due refresh before a noscript reload. */
	private final Duration pagePoll;

	private final Clock clock;

	StatusPresenter(RefreshProperties refresh, Clock clock) {
		this.refreshInterval = refresh.interval();
		this.pagePoll = refresh.pagePoll();
		this.clock = clock;
	}

	StatusView view(RefreshStatus status) {
		List<StaleWarning> warnings = Stream.concat(status.categories().stream(), status.manufacturers().stream())
			.filter(SourceStatus::stale)
			.map(StatusPresenter::warning)
			.toList();
		return new StatusView(status.snapshotVersion(), TimeView.of(status.refreshedAt()),
				TimeView.of(status.nextRefreshAt()), status.refreshing(), refreshInterval.toSeconds(),
				pagePoll.toMillis(), warnings);
	}

	/**
	 * Fixed when the page is rendered: until the next refresh is due plus a margin, or a
	 * short retry while one runs or is overdue; never longer than one interval plus the
	 * margin.
	 */
	long noscriptRefreshSeconds(RefreshStatus status) {
		Instant now = clock.instant();
		Instant next = status.nextRefreshAt();
		if (status.refreshing() || next == null || !now.isBefore(next)) {
			return NOSCRIPT_RETRY.toSeconds();
		}
		long seconds = (Duration.between(now, next).toMillis() + 999) / 1000;
		return Math.max(NOSCRIPT_RETRY.toSeconds(),
				Math.min(seconds, refreshInterval.toSeconds()) + (pagePoll.toMillis() + 999) / 1000);
	}

	/**
	 * Rows the snapshot did not confirm: their manufacturer is stale, or the value was
	 * kept from an earlier run. A run confirms what it writes within one interval before
	 * it commits (its deadline is shorter), so an older confirmation is a kept value.
	 */
	Predicate<Product> staleAvailability(RefreshStatus status) {
		Set<String> staleManufacturers = status.manufacturers()
			.stream()
			.filter(SourceStatus::stale)
			.map(SourceStatus::name)
			.collect(Collectors.toUnmodifiableSet());
		Instant confirmedSince = status.refreshedAt() == null ? null : status.refreshedAt().minus(refreshInterval);
		return product -> staleManufacturers.contains(product.manufacturer()) || (confirmedSince != null
				&& product.availabilityCheckedAt() != null && product.availabilityCheckedAt().isBefore(confirmedSince));
	}

	private static StaleWarning warning(SourceStatus source) {
		String kind = source.kind() == SourceKind.CATEGORY ? "category" : "manufacturer";
		String key = "status.stale." + kind + (source.lastSuccess() == null ? ".never" : "");
		return new StaleWarning(key, source.name(), TimeView.of(source.lastSuccess()));
	}

}
