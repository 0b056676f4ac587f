package com.inventorytracker.web;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

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

	/**
	 * Sorted colour names; the stored lists look like ",black,blue,", and there are few
	 * distinct ones.
	 */
	SortedSet<String> of(Category category) {
		List<String> lists = jdbc.sql("SELECT DISTINCT colors FROM product WHERE category = :category")
			.param("category", category.slug())
			.query(String.class)
			.list();
		SortedSet<String> colors = new TreeSet<>();
		for (String list : lists) {
			for (String color : list.split(",")) {
				if (!color.isEmpty()) {
					colors.add(color);
				}
			}
		}
		return colors;
	}

}
