package com.inventorytracker.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * On when {@code inventory.simulator.enabled} says so; when that is unset (or blank, as the environment
 * placeholder leaves it), on exactly while {@code inventory.upstream.base-url} is empty: a fresh clone then reads
 * its own simulator, and a deployment pointed at a real instance does not expose a fake one.
 */
class OnSimulatorEnabledCondition extends SpringBootCondition {

    static final String ENABLED = "inventory.simulator.enabled";

    static final String BASE_URL = "inventory.upstream.base-url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnSimulatorEnabled.class);
        if (StringUtils.hasText(environment.getProperty(ENABLED))) {
            boolean enabled = environment.getProperty(ENABLED, Boolean.class, false);
            return new ConditionOutcome(enabled, message.because(ENABLED + "=" + enabled));
        }
        boolean noUpstream = !StringUtils.hasText(environment.getProperty(BASE_URL));
        return new ConditionOutcome(noUpstream,
                message.because(BASE_URL + (noUpstream ? " is empty" : " is set") + " and " + ENABLED + " is not"));
    }

}
