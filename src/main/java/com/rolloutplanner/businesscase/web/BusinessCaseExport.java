package com.rolloutplanner.businesscase.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.BusinessCaseMissingException;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.businesscase.PaybackCurve;
import com.rolloutplanner.export.Column;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.export.Table;

/**
 * The business case's months as a file: each month of the curve with its phase, the cost
 * and benefit recorded for it against the plan's cost, and the cumulative net benefit as
 * planned, as recorded and as projected; the amounts in the case's currency.
 */
@Controller
class BusinessCaseExport {

	private final BusinessCases cases;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	BusinessCaseExport(BusinessCases cases, Spreadsheets spreadsheets, MessageSource messages) {
		this.cases = cases;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
	}

	@GetMapping({ "/engagements/{id}/business-case.csv", "/engagements/{id}/business-case.xlsx" })
	void export(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		BusinessCaseView view = this.cases.view(id, user.access())
			.orElseThrow(() -> new BusinessCaseMissingException(id));
		Map<Integer, BusinessCaseView.ActualRow> actuals = view.actuals()
			.stream()
			.collect(Collectors.toMap(BusinessCaseView.ActualRow::month, Function.identity()));
		String currency = view.terms().currency();
		Table<PaybackCurve.Row> table = new Table<>("business-case-" + id,
				List.of(Column.number("kpi.export.month"), Column.text("dashboard.column.phase", 22),
						Column.text("businessCase.export.currency", 8), Column.number("businessCase.export.cost"),
						Column.number("businessCase.export.benefit"), Column.number("businessCase.export.plannedCost"),
						Column.number("businessCase.export.net"), Column.number("businessCase.export.planned"),
						Column.number("businessCase.export.actual"), Column.number("businessCase.export.projected")),
				(page) -> new PageImpl<>(view.curve().rows()), (row) -> {
					BusinessCaseView.ActualRow actual = actuals.get(row.month());
					return Arrays.asList(row.month(), word("phase." + row.phase(), locale), currency,
							(actual != null) ? actual.cost() : null, (actual != null) ? actual.benefit() : null,
							(actual != null) ? actual.plannedCost() : null, (actual != null) ? actual.net() : null,
							row.planned(), row.actual(), row.projected());
				});
		this.spreadsheets.send(table, request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
