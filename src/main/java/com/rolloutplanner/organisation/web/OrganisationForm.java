package com.rolloutplanner.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.organisation.Organisation;

/** An organisation's name, as an administrator enters it. */
public class OrganisationForm {

	@NotBlank
	@Size(max = Organisation.MAX_NAME_LENGTH)
	@PlainText
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
