package com.inventorytracker.web;

import java.util.Arrays;
import java.util.List;

import com.inventorytracker.catalog.Category;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The colours that occur in a category, for the filter form: taken from the data, never a
 * fixed list.
 */
@Repository
class ProductColors {

	private final JdbcClient jdbc;

	ProductColors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored lists look like ",black,blue,", and few are distinct. */
	List<String> of(Category category) {
		return jdbc.sql("SELECT DISTINCT colors FROM product WHERE category = :category")
			.param("category", category.slug())
			.query(String.class)
			.list()
			.stream()
			.flatMap(list -> Arrays.stream(list.split(",")))
			.filter(color -> !color.isEmpty())
			.distinct()
			.toList();
	}

}
