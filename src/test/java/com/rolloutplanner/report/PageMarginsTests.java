package com.rolloutplanner.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageMarginsTests {

	@Test
	void aNameWithQuotesBackslashesAndMarkupStaysOneCssString() {
		assertThat(PageMargins.quoted("Plain name · 1.2.2027")).isEqualTo("\"Plain name · 1.2.2027\"");
		assertThat(PageMargins.quoted("A \"quoted\" \\ name </style>"))
			.isEqualTo("\"A \\22 quoted\\22  \\5c  name \\3c /style\\3e \"");
	}

	@Test
	void controlCharactersAreEscapedNotPassedThrough() {
		assertThat(PageMargins.quoted("line\nbreak\u007f")).isEqualTo("\"line\\a break\\7f \"");
	}

}
