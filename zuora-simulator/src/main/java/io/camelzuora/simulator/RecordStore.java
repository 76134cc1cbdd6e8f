package io.camelzuora.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The custom-object records of the tenant, per object. Not thread-safe: the {@link JobEngine} guards it. */
final class RecordStore {

    private final Map<String, Map<String, StoredRecord>> byObject = new HashMap<>();

    StoredRecord add(String object, String createdById, Instant at, Map<String, String> fields) {
        StoredRecord record = new StoredRecord(Ids.uuid(), createdById, at);
        record.fields.putAll(fields);
        records(object).put(record.id, record);
        return record;
    }

    StoredRecord find(String object, String id) {
        return records(object).get(id);
    }

    /** Removes the records of {@code object} that match, answering how many went. */
    int deleteMatching(String object, Predicate<StoredRecord> filter) {
        Map<String, StoredRecord> records = records(object);
        int before = records.size();
        records.values().removeIf(filter);
        return before - records.size();
    }

    List<StoredRecord> all(String object) {
        return new ArrayList<>(records(object).values());
    }

    private Map<String, StoredRecord> records(String object) {
        return byObject.computeIfAbsent(object, name -> new LinkedHashMap<>());
    }
}
