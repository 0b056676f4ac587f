package com.inventorytracker.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Registers the annotated component only while the simulator is on, so that when it is off its routes do not
 * exist at all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnSimulatorEnabledCondition.class)
@interface ConditionalOnSimulatorEnabled {

}
