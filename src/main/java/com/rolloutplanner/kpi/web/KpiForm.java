package com.rolloutplanner.kpi.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;

/** A KPI as the form binds it. */
public class KpiForm {

	@NotBlank
	@Size(max = Kpi.MAX_NAME)
	@PlainText
	private String name;

	@Size(max = Kpi.MAX_UNIT)
	@PlainText
	private String unit;

	@NotNull
	private KpiKind kind = KpiKind.QUALITY;

	@NotNull
	private Direction direction = Direction.HIGHER_IS_BETTER;

	@NotNull
	@DecimalMin(Kpi.MIN_VALUE_TEXT)
	@DecimalMax(Kpi.MAX_VALUE_TEXT)
	private BigDecimal baseline;

	@NotNull
	@DecimalMin(Kpi.MIN_VALUE_TEXT)
	@DecimalMax(Kpi.MAX_VALUE_TEXT)
	private BigDecimal target;

	@NotNull
	@Min(1)
	@Max(120)
	private Integer targetMonth;

	@DecimalMin("0")
	@DecimalMax("100")
	private BigDecimal allowedDipPercent;

	private Long version;

	static KpiForm of(Kpi kpi) {
		KpiForm form = new KpiForm();
		form.name = kpi.getName();
		form.unit = kpi.getUnit();
		form.kind = kpi.getKind();
		form.direction = kpi.getDirection();
		form.baseline = kpi.getBaseline().stripTrailingZeros();
		form.target = kpi.getTarget().stripTrailingZeros();
		form.targetMonth = kpi.getTargetMonth();
		form.allowedDipPercent = kpi.getAllowedDipPercent().stripTrailingZeros();
		form.version = kpi.getVersion();
		return form;
	}

	/** The settings, with the kind's default dip when none was given. */
	Kpi.Settings toSettings() {
		BigDecimal dip = (this.allowedDipPercent != null) ? this.allowedDipPercent
				: BigDecimal.valueOf(this.kind.defaultDipPercent());
		return new Kpi.Settings(this.name, this.unit, this.kind, this.direction, this.baseline, this.target,
				this.targetMonth, dip);
	}

	/** Whether the target is at least as good as the baseline. */
	boolean targetNotWorseThanBaseline() {
		return Kpi.targetNotWorseThanBaseline(this.direction, this.baseline, this.target);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public KpiKind getKind() {
		return this.kind;
	}

	public void setKind(KpiKind kind) {
		this.kind = kind;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public Integer getTargetMonth() {
		return this.targetMonth;
	}

	public void setTargetMonth(Integer targetMonth) {
		this.targetMonth = targetMonth;
	}

	public BigDecimal getAllowedDipPercent() {
		return this.allowedDipPercent;
	}

	public void setAllowedDipPercent(BigDecimal allowedDipPercent) {
		this.allowedDipPercent = allowedDipPercent;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
