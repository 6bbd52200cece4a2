package com.rolloutplanner.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A page read again unchanged is answered with {@code 304 Not Modified} and not rendered:
 * its tag ({@code ETag}) is made of everything the page shows, which its controller names
 * (the state of what it reads, the reader, the language, the date and the minute), and of
 * the reader's session, whose token its forms carry. The browser keeps the page for the
 * reader alone and asks every time ({@code Cache-Control: private, no-cache}), so a page
 * is never shown unasked.
 */
public final class PageTags {

	private PageTags() {
	}

	/**
	 * Whether the reader already holds this page: then the answer is 304 and the
	 * controller returns nothing; otherwise the page is rendered and carries its tag.
	 */
	public static boolean unchanged(ServletWebRequest request, Object... shown) {
		HttpSession session = request.getRequest().getSession(false);
		String of = Arrays.deepToString(shown) + "|" + ((session != null) ? session.getId() : "");
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		}
		return request
			.checkNotModified("W/\"" + DigestUtils.md5DigestAsHex(of.getBytes(StandardCharsets.UTF_8)) + "\"");
	}

}
