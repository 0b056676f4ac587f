package com.inventorytracker.refresh;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the snapshot is refreshed.
 *
 * @param interval         time from the end of one run to the start of the next
 * @param deadline         longest a run may fetch before unfinished sources count as failed; at most four fifths of
 *                         the interval, so that a run always ends well before the next is due
 * @param schedulerEnabled run on a schedule (off in tests, which call {@link RefreshService} themselves)
 */
@ConfigurationProperties("inventory.refresh")
public record RefreshProperties(Duration interval, Duration deadline, @DefaultValue("true") boolean schedulerEnabled) {

    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(4);

    public RefreshProperties {
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("inventory.refresh.interval must be positive, was " + interval);
        }
        deadline = deadline == null ? DEFAULT_DEADLINE : deadline;
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("inventory.refresh.deadline must be positive, was " + deadline);
        }
        Duration longest = interval.multipliedBy(4).dividedBy(5);
        if (deadline.compareTo(longest) > 0) {
            deadline = longest;
        }
    }

}
