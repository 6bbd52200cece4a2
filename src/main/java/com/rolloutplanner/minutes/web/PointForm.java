package com.rolloutplanner.minutes.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.steering.AgendaPoint;

/** A point the chair adds to an agenda. */
public class PointForm {

	@NotBlank
	@Size(max = AgendaPoint.MAX_TITLE)
	@PlainText
	private String pointTitle;

	public String getPointTitle() {
		return this.pointTitle;
	}

	public void setPointTitle(String pointTitle) {
		this.pointTitle = pointTitle;
	}

}
