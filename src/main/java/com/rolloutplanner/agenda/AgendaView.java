package com.rolloutplanner.agenda;

import com.rolloutplanner.steering.AgendaKind;
import java.util.List;

import com.rolloutplanner.due.DueState;

/** An agenda as prepared for the meeting's date, in the reader's language. */
public record AgendaView(List<Point> points) {

	/**
	 * One point: its title, what the data says for the meeting's date (lines), and the
	 * minutes' notes.
	 */
	public record Point(Long id, AgendaKind kind, String title, List<Line> lines, String notes, boolean notesInternal,
			boolean first, boolean last) {

		public boolean isCustom() {
			return this.kind == AgendaKind.CUSTOM;
		}

	}

	/**
	 * One line of a prepared point, with the state of what it names and its due date when
	 * it has one.
	 */
	public record Line(String text, DueState state, java.time.LocalDate dueDate) {

		static Line of(String text) {
			return new Line(text, null, null);
		}

	}

}
