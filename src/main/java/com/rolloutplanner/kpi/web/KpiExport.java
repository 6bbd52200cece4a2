package com.rolloutplanner.kpi.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.export.Column;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.export.Table;
import com.rolloutplanner.kpi.ExpectedBand;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.Kpis;

/**
 * An engagement's KPIs as a file: one row per KPI and month with an actual, the band
 * expected in that month and the judgement, as the KPI page shows them.
 */
@Controller
class KpiExport {

	private final Kpis kpis;

	private final Engagements engagements;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	KpiExport(Kpis kpis, Engagements engagements, Spreadsheets spreadsheets, MessageSource messages) {
		this.kpis = kpis;
		this.engagements = engagements;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
	}

	/** One actual of one KPI with the band expected in its month and its judgement. */
	private record Actual(String kpi, String unit, String kind, int month, BigDecimal value, Double low, Double high,
			String judgement) {
	}

	@GetMapping({ "/engagements/{id}/kpis.csv", "/engagements/{id}/kpis.xlsx" })
	void export(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.engagements.parties(id, user.access());
		// Every actual of every KPI: a few KPIs of at most a contract's months each.
		List<Actual> actuals = new ArrayList<>();
		this.kpis.readAll(id, user.access(), (kpi) -> actuals(kpi, locale)).forEach(actuals::addAll);
		Table<Actual> table = new Table<>("kpis-" + id,
				List.of(Column.text("kpi.export.kpi", 28), Column.text("kpi.export.unit", 8),
						Column.text("kpi.export.kind", 12), Column.number("kpi.export.month"),
						Column.number("kpi.export.actual"), Column.number("kpi.export.expectedLow"),
						Column.number("kpi.export.expectedHigh"), Column.text("kpi.export.judgement", 20)),
				(page) -> new PageImpl<>(actuals), (a) -> Arrays.asList(a.kpi(), a.unit(), a.kind(), a.month(),
						a.value(), a.low(), a.high(), a.judgement()));
		this.spreadsheets.send(table, request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

	private List<Actual> actuals(Kpi kpi, Locale locale) {
		List<Actual> actuals = new ArrayList<>();
		for (Map.Entry<Integer, BigDecimal> actual : kpi.getActuals().entrySet()) {
			int month = actual.getKey();
			ExpectedBand band = ExpectedBand.of(kpi.definition(), month);
			actuals.add(new Actual(kpi.getName(), kpi.getUnit(), word("kpiKind." + kpi.getKind(), locale), month,
					actual.getValue(), band.low(kpi.getDirection()), band.high(kpi.getDirection()),
					word("judgement." + ExpectedBand.judge(kpi.definition(), month, actual.getValue().doubleValue()),
							locale)));
		}
		return actuals;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
