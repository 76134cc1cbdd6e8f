package io.camelzuora.simulator;

/** The shape of the JSON error bodies the simulator sends; Zuora's schema declares both. */
public enum ErrorBodyShape {
    /** {@code {"code": 71013040, "message": "Not Found."}}. */
    FLAT,
    /**
     * {@code {"success": false, "processId": "...", "reasons": [{"code": ..., "message": "..."}], "requestId": "..."}}.
     */
    V1
}
