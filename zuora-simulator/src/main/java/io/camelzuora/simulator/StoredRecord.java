package io.camelzuora.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One custom-object record held by the simulator; created by create jobs, changed by update jobs. */
final class StoredRecord {

    final String id;
    final String createdById;
    final Instant createdDate;
    Instant updatedDate;
    final Map<String, String> fields = new LinkedHashMap<>();

    StoredRecord(String id, String createdById, Instant createdDate) {
        this.id = id;
        this.createdById = createdById;
        this.createdDate = createdDate;
        this.updatedDate = createdDate;
    }

    /** The value of a custom or system field as text, {@code null} when unset. */
    String value(String field) {
        return switch (field) {
            case "Id" -> id;
            case "CreatedById", "UpdatedById" -> createdById;
            case "CreatedDate" -> Json.timestamp(createdDate);
            case "UpdatedDate" -> Json.timestamp(updatedDate);
            default -> fields.get(field);
        };
    }
}
