package com.rolloutplanner.quickwin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quick-win wording in a text people wrote, in English or Finnish, skipping the
 * phrases that are negated ("no quick wins", "ei pikavoittoja").
 */
public final class WordingDetector {

	private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?()\\n\\u2013\\u2014]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

	private WordingDetector() {
	}

	/** The quick-win phrases in the text, as written, in the order they appear. */
	public static List<String> find(String text) {
		if (text == null || !QuickWinVocabulary.BEGINNINGS.matcher(text).find()) {
			return List.of();
		}
		List<MatchResult> hits = new ArrayList<>();
		for (Pattern phrase : QuickWinVocabulary.PHRASES) {
			Matcher matcher = phrase.matcher(text);
			while (matcher.find()) {
				if (!negated(text, matcher.start())) {
					hits.add(matcher.toMatchResult());
				}
			}
		}
		hits.sort(Comparator.comparingInt(MatchResult::start));
		Set<String> phrases = new LinkedHashSet<>();
		int coveredUntil = -1;
		for (MatchResult hit : hits) {
			if (hit.start() >= coveredUntil) {
				phrases.add(hit.group().replaceAll("\\s+", " "));
				coveredUntil = hit.end();
			}
		}
		return dedupeIgnoringCase(phrases);
	}

	private static boolean negated(String text, int phraseStart) {
		String before = text.substring(0, phraseStart);
		Matcher clauseEnd = CLAUSE_END.matcher(before);
		int clauseStart = 0;
		while (clauseEnd.find()) {
			clauseStart = clauseEnd.end();
		}
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(before.substring(clauseStart));
		while (word.find()) {
			words.add(word.group());
		}
		int from = Math.max(0, words.size() - QuickWinVocabulary.NEGATION_REACH);
		return words.subList(from, words.size())
			.stream()
			.anyMatch((w) -> QuickWinVocabulary.NEGATION.matcher(w).matches());
	}

	private static List<String> dedupeIgnoringCase(Set<String> phrases) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> result = new ArrayList<>();
		for (String phrase : phrases) {
			if (seen.add(phrase.toLowerCase(Locale.ROOT))) {
				result.add(phrase);
			}
		}
		return result;
	}

}
