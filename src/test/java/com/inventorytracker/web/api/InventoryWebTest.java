package com.inventorytracker.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with MockMvc next to it, a fixed clock and a
 * few routes that fail on purpose. Every test class of the API and of the cross-cutting
 * web setup uses this one configuration, so they share one application context (and one
 * SQLite file: each test writes the snapshot it needs first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(WebTestConfiguration.class)
public @interface InventoryWebTest {

}
