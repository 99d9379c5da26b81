package org.eventtimeline.remote;

import java.util.List;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;

/** Finds a worker's step by its step name (not its bean name) among the steps of the application context. */
public class StepsByName implements StepLocator {

    private final List<Step> steps;

    public StepsByName(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    @Override
    public Step getStep(String stepName) {
        return steps.stream().filter(s -> s.getName().equals(stepName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no step named " + stepName + " in this worker"));
    }
}
