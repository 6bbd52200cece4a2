package com.rolloutplanner.apitoken;

/** What an API token may do. */
public enum ApiScope {

	/** Read only: GET, HEAD and OPTIONS. */
	READ,

	/** Read and change, like the user's own login. */
	READ_WRITE;

	/** The authority that an authentication with this scope carries. */
	public static final String READ_ONLY_AUTHORITY = "SCOPE_read_only";

}
