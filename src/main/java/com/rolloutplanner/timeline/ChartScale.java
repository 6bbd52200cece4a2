package com.rolloutplanner.timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.phase.Phase;

/**
 * Months and values mapped into a chart of the journey's months (the KPI chart, the
 * payback chart): the plot inside the drawing's margins, the values' range padded, the
 * phases as bands, axis labels every three months and at round values. Positions are
 * rounded to a tenth of a unit, as SVG is written.
 */
public record ChartScale(Frame frame, double min, double max, int months) {

	/** The drawing's size and the margins around its plot. */
	public record Frame(double width, double height, double left, double right, double top, double bottom) {
	}

	/** An axis label at a position. */
	public record Tick(double position, BigDecimal value) {
	}

	/** A phase's part of the x axis. */
	public record PhaseArea(Phase phase, double x, double width) {
	}

	/**
	 * The scale of values from {@code min} to {@code max}, padded by a share of their
	 * range (or by a tenth of the value, at least 1, when all are one value).
	 */
	public static ChartScale of(Frame frame, double min, double max, int months, double padShare) {
		double pad = (max - min) * padShare;
		if (pad == 0) {
			pad = Math.max(1, Math.abs(max) * 0.1);
		}
		return new ChartScale(frame, min - pad, max + pad, months);
	}

	public double x(double month) {
		return this.frame.left() + (this.frame.width() - this.frame.left() - this.frame.right()) * month / this.months;
	}

	public double y(double value) {
		return this.frame.top() + (this.frame.height() - this.frame.top() - this.frame.bottom()) * (this.max - value)
				/ (this.max - this.min);
	}

	/**
	 * The y axis's labels at round values (1, 2 or 5 times a power of ten), about five.
	 */
	public List<Tick> yTicks() {
		double raw = (this.max - this.min) / 5;
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = magnitude
				* ((raw / magnitude <= 1) ? 1 : (raw / magnitude <= 2) ? 2 : (raw / magnitude <= 5) ? 5 : 10);
		List<Tick> ticks = new ArrayList<>();
		for (double value = Math.ceil(this.min / step) * step; value <= this.max + step / 1000; value += step) {
			ticks.add(new Tick(round(y(value)), BigDecimal.valueOf(Math.round(value / step) * step)));
		}
		return ticks;
	}

	/** The x axis's labels, every three months. */
	public List<Tick> monthTicks() {
		List<Tick> ticks = new ArrayList<>();
		for (int m = 0; m <= this.months; m += 3) {
			ticks.add(new Tick(x(m), BigDecimal.valueOf(m)));
		}
		return ticks;
	}

	/** The phases as bands of the x axis: months 0–3, 3–6, 6–9 and 9 to the end. */
	public List<PhaseArea> phases() {
		Phase[] names = { Phase.START_UP, Phase.LEARNING, Phase.ESTABLISHED, Phase.CONTINUOUS_DEVELOPMENT };
		int[] ends = { 3, 6, 9, this.months };
		List<PhaseArea> phases = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			double from = x(names[i].startMonth());
			phases.add(new PhaseArea(names[i], from, x(ends[i]) - from));
		}
		return phases;
	}

	public static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
