package com.rolloutplanner.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The {@code page} and {@code size} parameters of a paged list: page from 0, size from 1
 * to {@link #MAX_SIZE} (default {@link #DEFAULT_SIZE}); exactly decimal digits, nothing
 * coerced. The body stays a JSON array; the total goes in {@code X-Total-Count} and the
 * neighbouring pages in a {@code Link} header (RFC 8288).
 */
public record ApiPaging(int page, int size) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	/** The largest page number accepted, far beyond any real list. */
	static final int MAX_PAGE = 1_000_000;

	static final String TOTAL = "X-Total-Count";

	public static ApiPaging of(String page, String size) {
		return new ApiPaging(number(page, "page", 0, 0, MAX_PAGE), number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE));
	}

	private static int number(String value, String field, int absent, int min, int max) {
		if (value == null) {
			return absent;
		}
		if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw ApiException.badRequest(field, "api.paging." + field, min, max);
		}
		int number = Integer.parseInt(value);
		if (number < min || number > max) {
			throw ApiException.badRequest(field, "api.paging." + field, min, max);
		}
		return number;
	}

	/**
	 * The headers of a page: its total and the links to the first, previous, next and
	 * last.
	 */
	public HttpHeaders headers(Page<?> found) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(TOTAL, Long.toString(found.getTotalElements()));
		int last = Math.max(found.getTotalPages() - 1, 0);
		List<String> links = new ArrayList<>();
		links.add(link(0, "first"));
		if (this.page > 0) {
			links.add(link(Math.min(this.page - 1, last), "prev"));
		}
		if (this.page < last) {
			links.add(link(this.page + 1, "next"));
		}
		links.add(link(last, "last"));
		headers.add(HttpHeaders.LINK, String.join(", ", links));
		return headers;
	}

	private String link(int target, String relation) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", target)
			.replaceQueryParam("size", this.size)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + relation + "\"";
	}

}
