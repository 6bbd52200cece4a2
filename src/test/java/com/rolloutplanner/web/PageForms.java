package com.rolloutplanner.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * What a form on a page sends when nothing is typed in it: its defaults, first options.
 */
final class PageForms {

	private PageForms() {
	}

	/**
	 * The fields of a form as the browser sends them untouched when its first button is
	 * pressed: each input's value, the selected (or first) option of a select, a
	 * textarea's text, ticked boxes only, and the first named button's value.
	 */
	static Map<String, String> fields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			String type = input.attr("type");
			if (input.tagName().equals("select")) {
				Element option = input.selectFirst("option[selected]");
				option = (option != null) ? option : input.selectFirst("option");
				fields.putIfAbsent(name, (option != null) ? option.attr("value") : "");
			}
			else if (input.tagName().equals("textarea")) {
				fields.putIfAbsent(name, input.text());
			}
			else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			else if (!type.equals("submit") || !fields.containsKey(name)) {
				fields.putIfAbsent(name, input.attr("value"));
			}
		}
		return fields;
	}

}
