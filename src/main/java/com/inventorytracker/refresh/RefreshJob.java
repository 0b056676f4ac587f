package com.inventorytracker.refresh;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes on a fixed delay: the first run right after start-up (on the scheduler's thread, so start-up does not
 * wait for it), the next one {@code inventory.refresh.interval} after the end of the last, so runs never overlap.
 */
@Component
@ConditionalOnBooleanProperty(name = "inventory.refresh.scheduler-enabled", matchIfMissing = true)
class RefreshJob {

    private final RefreshService refreshService;

    RefreshJob(RefreshService refreshService) {
        this.refreshService = refreshService;
    }

    @Scheduled(fixedDelayString = "${inventory.refresh.interval:5m}")
    void refresh() {
        refreshService.refresh();
    }

}
