package com.inventorytracker.simulator;

import java.util.random.RandomGenerator;

import com.fasterxml.jackson.annotation.JsonValue;

/** The availability values the original reported, with their share of rows. */
enum StockValue {

	INSTOCK(0.90), LESSTHAN10(0.05), OUTOFSTOCK(0.05);

	private final double share;

	/** The {@code DATAPAYLOAD} string, byte for byte as the original wrote it. */
	@JsonValue
	final String payload;

	StockValue(double share) {
		this.share = share;
		this.payload = "<AVAILABILITY>\n  <CODE>200</CODE>\n  <INSTOCKVALUE>" + name()
				+ "</INSTOCKVALUE>\n</AVAILABILITY>";
	}

	static StockValue draw(RandomGenerator random) {
		double uniform = random.nextDouble();
		return uniform < INSTOCK.share ? INSTOCK : uniform < INSTOCK.share + LESSTHAN10.share ? LESSTHAN10 : OUTOFSTOCK;
	}

}
