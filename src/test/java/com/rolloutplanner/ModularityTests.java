package com.rolloutplanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure: no module reaches into another's internals, there are no cycles,
 * and the overview in {@code docs/architecture} shows the structure as it is. After a
 * change of structure,
 * {@code ./mvnw test -Dtest=ModularityTests -Drollout.docs.write=true} writes the
 * overview anew.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

	static final Path OVERVIEW = Path.of("docs", "architecture");

	@Test
	void featurePackagesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void engagementCommitmentsAndHistoryAreModulesOfTheirOwn() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("engagement",
				"commitments", "history", "quickwin", "kpi", "roadmap");
		assertThat(MODULES.getModuleByName("engagement")
			.orElseThrow()
			.getDirectDependencies(MODULES)
			.uniqueModules()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)).doesNotContain("commitments", "history", "kpi", "roadmap", "share", "report");
	}

	@Test
	void theDocumentedOverviewMatchesTheModules() throws IOException {
		Path generated = Boolean.getBoolean("rollout.docs.write") ? OVERVIEW : Path.of("target", "architecture");
		// Without cleaning: the folder also holds the hand-written README.
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()).withoutClean())
			.writeDocumentation();

		assertThat(lines(OVERVIEW.resolve("components.puml")))
			.as("docs/architecture is out of date: regenerate it (see ModularityTests)")
			.isEqualTo(lines(generated.resolve("components.puml")));
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).filter((line) -> !line.isEmpty()).sorted().toList();
	}

}
