package com.rolloutplanner.issue.web;

/**
 * The owner side's response to an issue and the resolution of it, as the issue's two
 * forms bind them (each form sends one).
 */
public class IssueStepForm {

	private String response;

	private String resolution;

	public String getResponse() {
		return this.response;
	}

	public void setResponse(String response) {
		this.response = response;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

}
