package io.camelzuora.jobs.model;

/** The namespace of a custom object: the tenant's own objects, or Zuora's. */
public enum JobNamespace {
    /** The custom objects defined in your tenant. */
    DEFAULT("default"),
    /** Zuora's own custom objects. */
    COM_ZUORA("com_zuora");

    private final String value;

    JobNamespace(String value) {
        this.value = value;
    }

    /** The namespace as Zuora spells it ({@code default}). */
    public String value() {
        return value;
    }
}
