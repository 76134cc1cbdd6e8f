package io.camelzuora.jobs.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a delete filter condition compares a field with its value. These are all the operators Zuora accepts. */
public enum FilterOperator {
    /** equal to */
    EQ,
    /** greater than */
    GT,
    /** less than */
    LT,
    /** greater than or equal to */
    GE,
    /** less than or equal to */
    LE;

    /** The operator spelt exactly so ({@code LT}), or {@code null} for anything else. */
    public static FilterOperator of(String value) {
        for (FilterOperator operator : values()) {
            if (operator.name().equals(value)) {
                return operator;
            }
        }
        return null;
    }

    /** The valid spellings, for messages: {@code EQ, GT, LT, GE, LE}. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
