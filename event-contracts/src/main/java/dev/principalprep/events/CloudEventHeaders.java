package dev.principalprep.events;

/**
 * CloudEvents attributes as Kafka headers (the CloudEvents Kafka binding, binary mode): the record value is the event
 * data as JSON, the record key is the aggregate id.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";

    private CloudEventHeaders() {
    }
}
