package com.inventorytracker.refresh;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * When the snapshot is refreshed ({@code inventory.refresh.scheduler-enabled}, read by
 * {@link RefreshJob}, switches the schedule off).
 *
 * @param deadline at most four fifths of the interval, so that a run always ends well
 * before the next is due
 */
@ConfigurationProperties("inventory.refresh")
public record RefreshProperties(@DefaultValue("5m") Duration interval, @DefaultValue("4m") Duration deadline,
		@DefaultValue("10s") Duration pagePoll) {

	public RefreshProperties {
		Assert.isTrue(interval.toMillis() > 0, "inventory.refresh.interval must be at least 1ms");
		Assert.isTrue(deadline.toMillis() > 0, "inventory.refresh.deadline must be at least 1ms");
		Assert.isTrue(pagePoll.toMillis() >= 100, "inventory.refresh.page-poll must be at least 100ms");
		Duration longest = interval.multipliedBy(4).dividedBy(5);
		if (deadline.compareTo(longest) > 0) {
			deadline = longest;
		}
	}

}
