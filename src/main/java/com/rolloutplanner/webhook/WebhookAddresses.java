package com.rolloutplanner.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Where a webhook may post: HTTPS to public addresses only, checked on every address its
 * host name resolves to (so a name that points inside is refused as the inside address
 * itself is); plain HTTP and loopback, private, link-local and other internal addresses
 * only where the configuration allows them (a test, a receiver on the same network).
 */
public final class WebhookAddresses {

	private WebhookAddresses() {
	}

	/** Resolves a host name to its addresses. */
	@FunctionalInterface
	public interface Resolver {

		List<InetAddress> resolve(String host) throws UnknownHostException;

	}

	/** The system's resolver. */
	public static final Resolver DNS = (host) -> List.of(InetAddress.getAllByName(host));

	/**
	 * The message key of why a webhook may not post to the address, or {@code null} when
	 * it may.
	 */
	public static String problem(String url, boolean insideAllowed, Resolver resolver) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (java.net.URISyntaxException | NullPointerException ex) {
			return "webhook.url.invalid";
		}
		String scheme = uri.getScheme();
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
				|| !("https".equals(scheme) || (insideAllowed && "http".equals(scheme)))) {
			return insideAllowed ? "webhook.url.invalidHttp" : "webhook.url.invalid";
		}
		if (insideAllowed) {
			return null;
		}
		String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
				: uri.getHost();
		try {
			List<InetAddress> addresses = resolver.resolve(host);
			if (addresses.isEmpty() || addresses.stream().anyMatch(WebhookAddresses::inside)) {
				return "webhook.url.inside";
			}
			return null;
		}
		catch (UnknownHostException ex) {
			return "webhook.url.unknownHost";
		}
	}

	/** Whether an address is inside: not to be posted to from a server. */
	static boolean inside(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			// 0/8, 100.64/10 (carrier-grade NAT), 192.0.0/24, 198.18/15 (benchmarks),
			// 240/4.
			return first == 0 || (first == 100 && second >= 64 && second < 128)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
					|| first >= 240;
		}
		// fc00::/7, unique local (an IPv4-mapped address comes back from Java as IPv4).
		return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
	}

}
