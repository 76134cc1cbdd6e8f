package io.camelzuora.simulator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule under construction: which requests get a fault, how many times, and which fault. It takes effect when
 * {@link #respond(Fault)} is called.
 */
public final class FaultRule {

    private final FaultInjector injector;
    private final String method;
    private final Pattern path;
    private int remaining = 1;
    private Fault fault;

    FaultRule(FaultInjector injector, String method, String pathRegex) {
        this.injector = injector;
        this.method = method;
        this.path = Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex"));
    }

    /**
     * How many matching requests get the fault (default 1).
     *
     * @param  n at least 1
     * @return   this rule
     */
    public FaultRule times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + n);
        }
        this.remaining = n;
        return this;
    }

    /**
     * Activates the rule: the next matching requests get {@code fault}.
     *
     * @param  fault what they get
     * @return       the injector, to add more rules
     */
    public FaultInjector respond(Fault fault) {
        this.fault = Objects.requireNonNull(fault, "fault");
        injector.add(this);
        return injector;
    }

    boolean matches(String requestMethod, String requestPath) {
        return remaining > 0 && (method == null || method.equalsIgnoreCase(requestMethod))
                && path.matcher(requestPath).matches();
    }

    /** Uses up one of the rule's times and answers its fault. */
    Fault consume() {
        remaining--;
        return fault;
    }

    boolean exhausted() {
        return remaining <= 0;
    }
}
