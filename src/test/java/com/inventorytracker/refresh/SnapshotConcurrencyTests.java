package com.inventorytracker.refresh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import com.inventorytracker.catalog.Availability;
import com.inventorytracker.catalog.Category;
import com.inventorytracker.catalog.Product;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers of a real SQLite file (and of PostgreSQL, in its subclass) while the snapshot
 * is rewritten again and again.
 */
class SnapshotConcurrencyTests extends UpstreamStubbedTest {

	static final int LARGE = 3000;

	static final int SMALL = 2000;

	/** Only a safety bound: the reader stops as soon as the writer is done. */
	static final int MAX_READS = 200_000;

	@Autowired
	SnapshotWriter writer;

	@Test
	void readersNeverSeeAnEmptyOrPartialCategoryWhileSnapshotsAreRewritten() throws Exception {
		if (onSqlite()) {
			assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualToIgnoringCase("wal");
		}
		List<Product> large = gloves(LARGE);
		List<Product> small = gloves(SMALL);
		writer.write(large, List.of(), T1);
		AtomicBoolean writing = new AtomicBoolean(true);
		CountDownLatch reading = new CountDownLatch(1);

		CompletableFuture<List<Integer>> reader = CompletableFuture.supplyAsync(() -> {
			List<Integer> counts = new ArrayList<>();
			for (int read = 0; read < MAX_READS && (writing.get() || counts.isEmpty()); read++) {
				counts.add(jdbc.sql("SELECT COUNT(*) FROM product WHERE category = 'gloves'")
					.query(Integer.class)
					.single());
				reading.countDown();
			}
			return counts;
		});
		assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
		for (int write = 0; write < 10; write++) {
			writer.write(write % 2 == 0 ? small : large, List.of(), T1);
		}
		writing.set(false);

		assertThat(reader.get(30, TimeUnit.SECONDS)).isNotEmpty().allMatch(count -> count == LARGE || count == SMALL);
		assertThat(jdbc.sql("SELECT version FROM snapshot").query(Long.class).single()).isEqualTo(11);
	}

	private static List<Product> gloves(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> new Product("%020x".formatted(i), Category.GLOVES, "GLOVE " + i, List.of("black"),
					10 + i % 900, "ippal", Availability.INSTOCK, T1))
			.toList();
	}

}
