package com.rolloutplanner.timeline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineLabelsTests {

	// Roughly DejaVu Sans: 0.62 em a character, bold 0.68 em.
	static final TimelineLabels.Width WIDTH = (text, size, bold) -> text.length() * size * (bold ? 0.68 : 0.62);

	static final LocalDate GO_LIVE = LocalDate.of(2026, 10, 8);

	@ParameterizedTest(name = "as of {0} days after go-live")
	@ValueSource(ints = { -40, -1, 0, 1, 3, 10, 30, 60, 89, 92, 120, 200, 272, 280, 400, 900 })
	void noLabelOverlapsAMarkerAnotherLabelOrTheEdge(int days) {
		for (Words words : List.of(Words.ENGLISH, Words.FINNISH)) {
			TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.plusDays(days)));
			TimelineLabels.Layout layout = TimelineLabels.place(chart, words.words(), WIDTH);

			List<Box> boxes = layout.labels().stream().map(Box::of).toList();
			for (Box box : boxes) {
				assertThat(box.left).as("%s inside the drawing", box.text).isGreaterThanOrEqualTo(0);
				assertThat(box.right).as("%s inside the drawing", box.text).isLessThanOrEqualTo(TimelineChart.WIDTH);
				if (box.top < 142 && box.bottom > 18) {
					assertThat(box.left > chart.asOfX() || box.right < chart.asOfX())
						.as("%s (%.0f–%.0f) clear of the as-of marker at %.0f", box.text, box.left, box.right,
								chart.asOfX())
						.isTrue();
				}
				if (box.bottom > layout.goLiveTop()) {
					double line = chart.goLiveX() + 1;
					assertThat(box.left > line || box.right < line).as("%s clear of the go-live line", box.text)
						.isTrue();
				}
				for (Box other : boxes) {
					if (other != box) {
						assertThat(box.overlaps(other)).as("%s overlaps %s", box.text, other.text).isFalse();
					}
				}
			}
			assertThat(boxes).filteredOn((b) -> b.cssClass.equals("asof-label")).hasSize(1);
			assertThat(boxes).filteredOn((b) -> b.cssClass.equals("band-label")).hasSize(chart.bands().size());
		}
	}

	@Test
	void aNameTooLongForItsBandTakesItsShortForm() {
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.minusDays(10)));

		List<String> names = TimelineLabels.place(chart, Words.FINNISH.words(), WIDTH)
			.labels()
			.stream()
			.filter((l) -> l.cssClass().equals("band-label"))
			.map(TimelineLabels.Label::text)
			.toList();

		// 210 units a band before go-live: "Jatkuvan kehityksen vaihe" needs about 238.
		assertThat(names).contains("Jatkuva kehitys").doesNotContain("Jatkuvan kehityksen vaihe");
	}

	@Test
	void theNameOfTheCurrentPhaseMovesBesideTheMarkerInsteadOfUnderIt() {
		// Ten days into start-up the marker stands where "Start-up" would be written.
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.plusDays(10)));

		TimelineLabels.Label startUp = TimelineLabels.place(chart, Words.ENGLISH.words(), WIDTH)
			.labels()
			.stream()
			.filter((l) -> l.text().equals("Start-up"))
			.findFirst()
			.orElseThrow();

		assertThat(startUp.x()).isGreaterThan(chart.asOfX());
	}

	@Test
	void labelsStandAtTheirExactPlacesWhenNothingIsInTheWay() {
		// Fifty days into start-up, marker at 250 * 50 / 92 = 135.9: right of "Start-up"
		// (10 + 8 * 14 * 0.68 = 86.2).
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.plusDays(50)));
		TimelineLabels.Layout layout = TimelineLabels.place(chart, Words.ENGLISH.words(), WIDTH);

		assertThat(layout.labels()).contains(new TimelineLabels.Label("Start-up", 10, 42, "start", "band-label"),
				new TimelineLabels.Label("Learning", 260, 42, "start", "band-label"),
				new TimelineLabels.Label("8 Oct 2026", 260, 162, "start", "band-dates"),
				new TimelineLabels.Label("until 7 Jan 2027", 760, 180, "start", "band-dates"),
				new TimelineLabels.Label("Go-live", 6, 14, "start", "golive-label"),
				new TimelineLabels.Label("Shown date: 29 Nov 2026", chart.asOfX() + 6, 14, "start", "asof-label"));
		assertThat(layout.goLiveLabelled()).isTrue();
		assertThat(layout.goLiveTop()).isEqualTo(4);
		assertThat(layout.asOfText()).isEqualTo("Shown date: 29 Nov 2026");
	}

	@Test
	void beforeGoLiveTheGoLiveLabelGivesWayAndTheBandHasNoStartDate() {
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.minusDays(10)));
		TimelineLabels.Layout layout = TimelineLabels.place(chart, Words.ENGLISH.words(), WIDTH);

		assertThat(layout.goLiveLabelled()).isFalse();
		assertThat(layout.goLiveTop()).isEqualTo(22);
		assertThat(layout.labels()).filteredOn((l) -> l.cssClass().equals("band-dates") && l.x() == 10)
			.extracting(TimelineLabels.Label::text)
			.containsExactly("until 7 Jan 2027");
		assertThat(layout.labels()).contains(
				new TimelineLabels.Label("Shown date: 29 Nov 2026", chart.asOfX() + 6, 14, "start", "asof-label"));
	}

	@Test
	void nearTheRightEdgeTheMarkersLabelStandsLeftOfIt() {
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.plusDays(370)));
		TimelineLabels.Layout layout = TimelineLabels.place(chart, Words.ENGLISH.words(), WIDTH);

		assertThat(chart.asOfX()).isGreaterThan(850);
		assertThat(layout.labels())
			.contains(new TimelineLabels.Label("Shown date: 29 Nov 2026", chart.asOfX() - 6, 14, "end", "asof-label"));
	}

	@Test
	void whenNeitherNameFitsBesideTheMarkerTheShortOneTakesTheWiderSide() {
		// Every word 200 units wide: nothing fits in a 250-unit band beside a marker.
		TimelineLabels.Width wide = (text, size, bold) -> 200;
		TimelineChart early = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.plusDays(10)));
		TimelineChart late = TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE.plusDays(70)));

		assertThat(TimelineLabels.place(early, Words.ENGLISH.words(), wide).labels())
			.contains(new TimelineLabels.Label("Start-up", early.asOfX() + 6, 42, "start", "band-label"));
		assertThat(TimelineLabels.place(late, Words.ENGLISH.words(), wide).labels())
			.contains(new TimelineLabels.Label("Start-up", late.asOfX() - 6, 42, "end", "band-label"));
	}

	private record Box(String text, String cssClass, double left, double right, double top, double bottom) {

		static Box of(TimelineLabels.Label label) {
			double size = switch (label.cssClass()) {
				case "band-label" -> TimelineLabels.NAME_SIZE;
				case "golive-label" -> TimelineLabels.GO_LIVE_SIZE;
				case "asof-label" -> TimelineLabels.AS_OF_SIZE;
				default -> TimelineLabels.DATE_SIZE;
			};
			boolean bold = !label.cssClass().equals("band-dates");
			double width = WIDTH.of(label.text(), size, bold);
			double left = "end".equals(label.anchor()) ? label.x() - width : label.x();
			return new Box(label.text(), label.cssClass(), left, left + width, label.y() - size, label.y() + 3);
		}

		boolean overlaps(Box other) {
			return this.left < other.right && other.left < this.right && this.top < other.bottom
					&& other.top < this.bottom;
		}

	}

	private enum Words {

		ENGLISH("Before go-live", "Start-up", "Learning", "Established production", "Continuous development", "Before",
				"Start-up", "Learning", "Established", "Development", "until 7 Jan 2027", "Go-live",
				"Shown date: 29 Nov 2026"),
		FINNISH("Ennen käynnistystä", "Käynnistysjakso", "Oppimisjakso", "Vakiintunut tuotantovaihe",
				"Jatkuvan kehityksen vaihe", "Ennen", "Käynnistys", "Oppiminen", "Vakiintunut", "Jatkuva kehitys",
				"7.1.2027 asti", "Käynnistys", "Näytettävä päivä: 29.11.2026");

		private final TimelineLabels.Words words;

		Words(String... texts) {
			Map<Phase, String> names = new EnumMap<>(Phase.class);
			Map<Phase, String> shortNames = new EnumMap<>(Phase.class);
			Map<Phase, String> first = new EnumMap<>(Phase.class);
			Map<Phase, String> second = new EnumMap<>(Phase.class);
			Phase[] phases = Phase.values();
			for (int i = 0; i < phases.length; i++) {
				names.put(phases[i], texts[i]);
				shortNames.put(phases[i], texts[5 + i]);
				if (phases[i] != Phase.PRE_LAUNCH) {
					first.put(phases[i], "8 Oct 2026");
				}
				second.put(phases[i], texts[10]);
			}
			this.words = new TimelineLabels.Words(names, shortNames, first, second, texts[11], texts[12]);
		}

		TimelineLabels.Words words() {
			return this.words;
		}

	}

}
