package com.inventorytracker.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedBodiesGzipTests {

	@ParameterizedTest(name = "[{0}] takes gzip: {1}")
	@CsvSource(delimiter = '|', nullValues = "NONE",
			value = { "NONE                  | false", "''                    | false", "identity              | false",
					"gzip                  | true", "x-gzip                | true", "GZIP;Q=1              | true",
					"gzip, deflate, br     | true", "br;q=1.0, gzip;q=0.5  | true", "gzip;q=0              | false",
					"gzip; q=0.000         | false", "gzip;q=0, *           | false", "*, gzip;q=0           | false",
					"*                     | true", "*;q=0                 | false", "deflate, *;q=0.1      | true",
					"gzip;q=nonsense       | false", })
	void followsRfc9110(String header, boolean gzip) {
		assertThat(RenderedBodies.allowsGzip(header)).isEqualTo(gzip);
	}

}
