package dev.principalprep.cost.pricing;

/** What the fields of a rate mean, said once for a catalog's rates, a new catalog's and those an estimate cites. */
public final class RateFields {

    public static final String KEY = "the role the rate plays in an estimate: storage.hot, storage.warm, storage.cold, storage.archive (per TB-month), compute.batch (per TB processed), streaming.retained (per GB-month), serving.scanned (per TB queried), discount.spot, discount.commitment-1y, discount.commitment-3y (a fraction off compute)";
    public static final String LABEL = "the rate's name, as its source names the service (such as S3 Standard)";
    public static final String COMPONENT = "the component the rate prices, or a discount applies to";
    public static final String UNIT = "what the price is per (TB-month, TB processed, GB-month, TB queried), or fraction off for a discount";
    public static final String LOW = "low end of the rate: USD per unit, or for a discount the fraction off, from 0 to 1";
    public static final String HIGH = "high end of the rate: USD per unit, or for a discount the fraction off, from 0 to 1; equal to low when the source gives one figure";
    public static final String BASIS = "whether the rate is a published list price, an interview rule of thumb, or derived from a list price";
    public static final String SOURCE = "where the rate comes from, as estimates cite it";
    public static final String EFFECTIVE_DATE = "the day the rate took effect (ISO 8601 date, YYYY-MM-DD)";
    public static final String INSTANCE_HOURS = "for compute.batch priced from an instance: low = hourly ÷ tbPerHourHigh, high = hourly ÷ tbPerHourLow; null for other rates";

    private RateFields() {
    }
}
