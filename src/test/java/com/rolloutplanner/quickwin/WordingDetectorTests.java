package com.rolloutplanner.quickwin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordingDetectorTests {

	@ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
	@CsvSource(delimiter = '|', value = {
			// English
			"We look for quick wins in the first quarter | quick wins", "A quick win for the board | quick win",
			"Quick-wins everywhere | Quick-wins", "Expect immediate savings on staff | immediate savings",
			"The partner promises immediate results | immediate results", "Full quality from day one | from day one",
			"Full quality from the first day | from the first day", "Cut the queue right away | right away",
			"Instant improvement in NPS | Instant", "Costs drop instantly | instantly",
			"Within the first month the backlog is gone | Within the first month",
			"QUICK WINS ARE EXPECTED | QUICK WINS", "Savings overnight | overnight",
			// Finnish, with inflection
			"Tavoitteena pikavoitto | pikavoitto", "Haemme pikavoittoja | pikavoittoja",
			"Pikavoittojen lista | Pikavoittojen", "Odotamme nopeita voittoja | nopeita voittoja",
			"Nopeat voitot ovat tärkeitä | Nopeat voitot", "Laatu kuntoon heti alusta | heti alusta",
			"Odotamme välittömiä säästöjä | välittömiä säästöjä", "Välittömät säästöt | Välittömät säästöt",
			"Jonot lyhenevät välittömästi | välittömästi",
			"Täysi laatu ensimmäisestä päivästä lähtien | ensimmäisestä päivästä lähtien",
			"Tulokset ensimmäisen kuukauden aikana | ensimmäisen kuukauden aikana",
			"Muutos tapahtuu yhdessä yössä | yhdessä yössä", "PIKAVOITTOJA HAETAAN | PIKAVOITTOJA" })
	void findsQuickWinWording(String text, String expected) {
		assertThat(WordingDetector.find(text)).containsExactly(expected);
	}

	@ParameterizedTest(name = "negation: \"{0}\"")
	@ValueSource(strings = { "No quick wins: this is a journey", "Outsourcing is a journey, not a quick win.",
			"We do not expect immediate savings", "We never expect results right away", "A plan without quick wins",
			"Avoid quick-win thinking", "Don't look for quick wins by outsourcing", "Ei pikavoittoja",
			"Älä hae pikavoittoja ulkoistamalla", "Emme odota nopeita voittoja", "Emme hae pikavoittoja",
			"Ilman pikavoittoja", "Laatu ei parane välittömästi",
			"Älkää odottako tuloksia ensimmäisen kuukauden aikana" })
	void skipsNegatedWording(String text) {
		assertThat(WordingDetector.find(text)).isEmpty();
	}

	@ParameterizedTest(name = "nothing in \"{0}\"")
	@ValueSource(strings = { "", "   ", "Weekly joint reviews during start-up",
			"Quality back to the old level by month six", "Viikoittaiset yhteiset katselmoinnit käynnistysjaksolla",
			"Quickly review the winter forecast", "The instantaneous rate", "Voittoja haetaan pitkällä aikavälillä" })
	void findsNothingInOrdinaryWriting(String text) {
		assertThat(WordingDetector.find(text)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void negationReachesOnlyItsOwnClause() {
		assertThat(WordingDetector.find("No pilot, but quick wins are expected")).containsExactly("quick wins");
	}

	@org.junit.jupiter.api.Test
	void negationFarBeforeThePhraseDoesNotCount() {
		assertThat(WordingDetector.find("There is no doubt we will get quick wins")).containsExactly("quick wins");
	}

	@org.junit.jupiter.api.Test
	void reportsEveryPhraseOnceInTheOrderWritten() {
		assertThat(WordingDetector.find("Quick wins from day one. More quick wins! Ja pikavoittoja."))
			.containsExactly("Quick wins", "from day one", "pikavoittoja");
	}

	@org.junit.jupiter.api.Test
	void readsNullAsNothing() {
		assertThat(WordingDetector.find(null)).isEmpty();
	}

}
