package io.camelzuora.examples.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passenger records the examples load, generated so that the load needs several parts: {@code count} records (3,000
 * by default) of {@code name__c}, {@code age__c} and {@code flight__c}. Every {@value #INVALID_EVERY}th record has an
 * age that is not a number, which Zuora refuses, so the load shows its refused records.
 */
public class Passengers {

    /** One record in this many has an invalid age. */
    public static final int INVALID_EVERY = 500;

    private int count = 3_000;

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    /** The records, numbered from 1 as the load numbers them: record {@code n} is passenger {@code n}. */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("name__c", "Passenger " + n);
            record.put("age__c", n % INVALID_EVERY == 0 ? "forty-one" : String.valueOf(18 + n % 80));
            record.put("flight__c", "ZU" + (100 + n % 7));
            records.add(record);
        }
        return records;
    }

    /** How many of the records Zuora refuses. */
    public int invalidCount() {
        return count / INVALID_EVERY;
    }
}
