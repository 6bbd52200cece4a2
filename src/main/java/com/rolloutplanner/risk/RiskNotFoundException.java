package com.rolloutplanner.risk;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such risk in the engagement: answered as "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RiskNotFoundException extends RuntimeException {

	public RiskNotFoundException(Long id) {
		super("No risk with id " + id);
	}

}
