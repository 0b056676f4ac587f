package com.inventorytracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InventoryTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventoryTrackerApplication.class, args);
    }

}
