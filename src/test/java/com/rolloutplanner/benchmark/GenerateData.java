package com.rolloutplanner.benchmark;

import org.springframework.boot.SpringApplication;

import com.rolloutplanner.Application;

/**
 * The application with {@link GeneratedData}: {@code --rollout.generate=N} fills an empty
 * database with N engagements before the server answers. Started by
 * {@code scripts/benchmark.sh} with the application's classes and this package's.
 */
public final class GenerateData {

	private GenerateData() {
	}

	public static void main(String[] args) {
		SpringApplication.from(Application::main).with(GeneratedData.class).run(args);
	}

}
