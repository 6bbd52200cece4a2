package com.rolloutplanner.roadmap;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class RoadmapItemNotFoundException extends RuntimeException {

	RoadmapItemNotFoundException(Long id) {
		super("No roadmap item " + id);
	}

}
