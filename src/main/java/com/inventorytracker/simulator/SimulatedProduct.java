package com.inventorytracker.simulator;

import java.util.List;

/** One element of a products answer, field for field as the original sent it. */
record SimulatedProduct(String id, String type, String name, List<String> color, int price, String manufacturer) {

}
