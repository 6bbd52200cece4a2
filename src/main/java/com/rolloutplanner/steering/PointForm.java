package com.rolloutplanner.steering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.rolloutplanner.input.PlainText;

/** A point the chair adds to an agenda. */
public class PointForm {

	@NotBlank
	@Size(max = AgendaPoint.MAX_TITLE)
	@PlainText
	private String title;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
