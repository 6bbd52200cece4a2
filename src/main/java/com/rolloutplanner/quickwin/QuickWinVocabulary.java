package com.rolloutplanner.quickwin;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words in which people expect quick wins, in English and Finnish, and the negations
 * that turn them into the opposite ("no quick wins", "älä hae pikavoittoja"). The one
 * place to extend: add a pattern here and a line to its test.
 */
final class QuickWinVocabulary {

	private QuickWinVocabulary() {
	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

	/** Phrases that expect a quick win. Finnish stems take every inflection. */
	static final List<Pattern> PHRASES = List.of(
			// English
			phrase("quick[- ]?wins?"), phrase("quick (?:results|savings|payback|returns?|fix(?:es)?)"),
			phrase("fast (?:results|savings|payback|returns?)"),
			phrase("immediate (?:savings|results|benefits|returns?|payback|improvements?|cost (?:savings|reductions?))"),
			phrase("from (?:day (?:one|1)|the (?:very )?first day)"), phrase("right away"), phrase("instant(?:ly)?"),
			phrase("within the first (?:month|weeks?|few weeks)"), phrase("overnight"),
			// Finnish
			phrase("pikavoit\\w*"), phrase("nope\\w*\\s+voit\\w*"), phrase("heti\\s+al(?:usta|ussa|kuun)"),
			phrase("välittömästi"), phrase("välittöm\\w*\\s+(?:sääst|tulok|tulos|hyöd|hyöt)\\w*"),
			phrase("ensimmäisestä\\s+päivästä(?:\\s+(?:lähtien|alkaen))?"),
			phrase("ensimmäise\\w*\\s+kuukau\\w*\\s+(?:aikana|kuluessa|sisällä)"), phrase("yhdessä\\s+yössä"));

	/**
	 * What every phrase above begins with: a text without any of these holds none of
	 * them, which one scan tells (most texts hold none). Extend it with the phrases.
	 */
	static final Pattern BEGINNINGS = Pattern.compile("quick|fast|immediate|from|right|instant|within|overnight|"
			+ "pikavoit|nope|heti|välittöm|ensimmäis|yhdessä", FLAGS);

	/**
	 * Words that negate a phrase when they stand up to {@link #NEGATION_REACH} words
	 * before it in the same clause.
	 */
	static final Pattern NEGATION = Pattern.compile(
			"(?:no|not|never|without|avoid|avoiding|don't|don’t|nor|"
					+ "isn't|isn’t|aren't|aren’t|won't|won’t|ei|en|et|emme|ette|eivät|älä|älkää|älkäämme|ilman|eikä)",
			FLAGS);

	/** How many words before a phrase a negation still counts. */
	static final int NEGATION_REACH = 3;

	private static Pattern phrase(String regex) {
		return Pattern.compile("(?<![\\w-])" + regex + "(?![\\w-])", FLAGS);
	}

}
