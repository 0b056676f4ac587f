package com.inventorytracker.refresh;

import java.time.Instant;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Product;

/**
 * How a product's availability history goes from one snapshot to the next. Only a
 * confirmed value that differs from the confirmed value before it is a change: a
 * product's first appearance is not one (so a catalogue that replaces every id brings no
 * changes), and neither is UNKNOWN, which is the absence of a value rather than a value.
 */
final class AvailabilityChange {

	private AvailabilityChange() {
	}

	/**
	 * @param before the product as the previous snapshot holds it; null when it was not
	 * there
	 * @param now the product as this run joined it, without history
	 * @param runAt the time of this run's snapshot
	 */
	static Product apply(Product before, Product now, Instant runAt) {
		if (before == null) {
			return now;
		}
		Availability old = before.availability();
		Availability current = now.availability();
		if (old != current && old != Availability.UNKNOWN && current != Availability.UNKNOWN) {
			return now.withChange(old, runAt);
		}
		return before.availabilityChangedAt() == null ? now
				: now.withChange(before.previousAvailability(), before.availabilityChangedAt());
	}

}
