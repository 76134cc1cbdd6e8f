package io.camelzuora.jobs.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One condition of a delete job's filter, e.g.
 * {@code {"field":"CreatedDate","operator":"LT","value":"2020-01-01T00:00:00.000Z"}}. The operator is kept as text so
 * that a request read from JSON with a wrong operator reaches validation, which names it; {@link FilterOperator} lists
 * the valid ones.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "field", "operator", "value" })
public class FilterCondition {

    private String field;
    private String operator;
    private Object value;

    public FilterCondition() {
    }

    public FilterCondition(String field, FilterOperator operator, Object value) {
        this.field = field;
        this.operator = operator.name();
        this.value = value;
    }

    /** The field's API name: a system field such as {@code CreatedDate} or a custom field such as {@code age__c}. */
    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    /** {@code EQ}, {@code GT}, {@code LT}, {@code GE} or {@code LE}. */
    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    /** The value to compare with: text (timestamps as ISO-8601 text) or a number. */
    public Object getValue() {
        return value;
    }

    public void setValue(Object value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return field + " " + operator + " " + value;
    }
}
