package com.rolloutplanner.kpi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import com.rolloutplanner.input.Measurement;

/** A key performance indicator of an engagement with its monthly actuals. */
@Entity
public class Kpi {

	public static final int MAX_NAME = 100;

	public static final int MAX_UNIT = 30;

	public static final int MAX_MONTH = 240;

	/**
	 * Actuals lie strictly between minus and plus this (baselines and targets up to it);
	 * the form, the CSV and the API agree. As text for the validation annotations.
	 */
	public static final String MAX_VALUE_TEXT = "1e12";

	/** The negative bound, as text for the validation annotations. */
	public static final String MIN_VALUE_TEXT = "-1e12";

	public static final BigDecimal MAX_VALUE = new BigDecimal(MAX_VALUE_TEXT);

	/** Whether a month of the journey may hold an actual: 1 to {@value #MAX_MONTH}. */
	public static boolean isMonth(int month) {
		return month >= 1 && month <= MAX_MONTH;
	}

	/** A month of the journey as typed, or {@code null} when it is none. */
	public static Integer month(String text) {
		try {
			int month = Integer.parseInt(text.strip());
			return isMonth(month) ? month : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether a value may be an actual: within ±{@link #MAX_VALUE}, the digits the column
	 * holds.
	 */
	public static boolean isValue(BigDecimal value) {
		return Measurement.Check.fits(value) && value.abs().compareTo(MAX_VALUE) < 0;
	}

	/**
	 * Whether a target is at least as good as the baseline in the KPI's direction (true
	 * while either is missing: that is said at its own field); the form and the API
	 * agree.
	 */
	public static boolean targetNotWorseThanBaseline(Direction direction, BigDecimal baseline, BigDecimal target) {
		return baseline == null || target == null || direction == null
				|| !direction.better(baseline.doubleValue(), target.doubleValue());
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long engagementId;

	private String name;

	/** The name in lower case: unique per engagement in the database. */
	private String nameKey;

	private String unit;

	@Enumerated(EnumType.STRING)
	private KpiKind kind;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private BigDecimal baseline;

	private BigDecimal target;

	private int targetMonth;

	private BigDecimal allowedDipPercent;

	// An actual is a row of its own: recording one does not change the KPI's version, so
	// that two people recording different months at once both succeed.
	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "kpi_actual", joinColumns = @JoinColumn(name = "kpi_id"))
	@MapKeyColumn(name = "journey_month")
	@Column(name = "actual_value")
	private Map<Integer, BigDecimal> actuals = new TreeMap<>();

	protected Kpi() {
	}

	Kpi(Long engagementId, Settings settings) {
		this.engagementId = engagementId;
		change(settings);
	}

	void change(Settings settings) {
		this.name = settings.name().strip();
		this.nameKey = this.name.toLowerCase(java.util.Locale.ROOT);
		this.unit = (settings.unit() == null || settings.unit().isBlank()) ? null : settings.unit().strip();
		this.kind = settings.kind();
		this.direction = settings.direction();
		this.baseline = settings.baseline();
		this.target = settings.target();
		this.targetMonth = settings.targetMonth();
		this.allowedDipPercent = settings.allowedDipPercent();
	}

	/** Records the actual of a month of the journey, replacing an earlier value. */
	void record(int month, BigDecimal value) {
		if (!isMonth(month)) {
			throw new IllegalArgumentException("Month must be 1-" + MAX_MONTH);
		}
		if (!isValue(value)) {
			throw new IllegalArgumentException(
					"An actual must lie within ±" + MAX_VALUE + " with at most " + Measurement.DECIMALS + " decimals");
		}
		this.actuals.put(month, value);
	}

	void forget(int month) {
		this.actuals.remove(month);
	}

	public KpiDefinition definition() {
		return new KpiDefinition(this.kind, this.direction, this.baseline.doubleValue(), this.target.doubleValue(),
				this.targetMonth, this.allowedDipPercent.doubleValue());
	}

	Settings settings() {
		return new Settings(this.name, this.unit, this.kind, this.direction, this.baseline, this.target,
				this.targetMonth, this.allowedDipPercent);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getEngagementId() {
		return this.engagementId;
	}

	public String getName() {
		return this.name;
	}

	public String getUnit() {
		return this.unit;
	}

	public KpiKind getKind() {
		return this.kind;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public int getTargetMonth() {
		return this.targetMonth;
	}

	public BigDecimal getAllowedDipPercent() {
		return this.allowedDipPercent;
	}

	/** The actuals by month of the journey, in order. */
	public Map<Integer, BigDecimal> getActuals() {
		return new TreeMap<>(this.actuals);
	}

	/** What a KPI is set to, as plain values. */
	public record Settings(String name, String unit, KpiKind kind, Direction direction, BigDecimal baseline,
			BigDecimal target, int targetMonth, BigDecimal allowedDipPercent) {
	}

}
