package com.inventorytracker.simulator;

/** The availability values the original reported, with its XML payload and its share of rows. */
enum StockValue {

    INSTOCK(0.90), LESSTHAN10(0.05), OUTOFSTOCK(0.05);

    private final double share;

    private final String payload;

    StockValue(double share) {
        this.share = share;
        this.payload = "<AVAILABILITY>\n  <CODE>200</CODE>\n  <INSTOCKVALUE>" + name()
                + "</INSTOCKVALUE>\n</AVAILABILITY>";
    }

    /** The {@code DATAPAYLOAD} string, byte for byte as the original wrote it. */
    String payload() {
        return this.payload;
    }

    /** The value that a uniform number in [0, 1) falls on, by the shares above. */
    static StockValue at(double uniform) {
        double bound = 0;
        for (StockValue value : values()) {
            bound += value.share;
            if (uniform < bound) {
                return value;
            }
        }
        return OUTOFSTOCK;
    }

}
