package com.inventorytracker.simulator;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One element of a products answer, field for field and in the order the original sent
 * it.
 */
@JsonPropertyOrder({ "id", "type", "name", "color", "price", "manufacturer" })
record SimulatedProduct(String id, String type, String name, List<String> color, int price, String manufacturer) {

}
