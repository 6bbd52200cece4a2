package com.rolloutplanner.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a webhook may post, after the host name is resolved: internet addresses by HTTPS
 * only; loopback, private, link-local, carrier-grade NAT, unique local and mapped inside
 * addresses refused, also behind a name.
 */
class WebhookAddressesTests {

	/** Names as a resolver would answer them, without a network. */
	private static final WebhookAddresses.Resolver NAMES = (host) -> switch (host) {
		case "hooks.example.com" -> List.of(InetAddress.getByName("93.184.216.34"));
		case "inside.example.com" ->
			List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.1.10"));
		case "nowhere.example.com" -> throw new UnknownHostException(host);
		default -> List.of(InetAddress.getByName(host));
	};

	@ParameterizedTest
	@CsvSource(nullValues = "OK",
			value = { "https://hooks.example.com/rollout, OK", "https://93.184.216.34/x, OK",
					"https://[2001:4860:4860::8888]/x, OK", "http://hooks.example.com/x, webhook.url.invalid",
					"ftp://hooks.example.com/x, webhook.url.invalid",
					"https://user@hooks.example.com/x, webhook.url.invalid", "not a url, webhook.url.invalid",
					"https://inside.example.com/x, webhook.url.inside", "https://127.0.0.1/x, webhook.url.inside",
					"https://10.1.2.3/x, webhook.url.inside", "https://172.16.0.1/x, webhook.url.inside",
					"https://192.168.0.1/x, webhook.url.inside", "https://169.254.169.254/latest, webhook.url.inside",
					"https://100.64.0.1/x, webhook.url.inside", "https://0.0.0.0/x, webhook.url.inside",
					"https://[::1]/x, webhook.url.inside", "https://[fd00::1]/x, webhook.url.inside",
					"https://[fe80::1]/x, webhook.url.inside", "https://[::ffff:10.0.0.1]/x, webhook.url.inside",
					"https://nowhere.example.com/x, webhook.url.unknownHost" })
	void onlyInternetAddressesByHttpsAreAllowed(String url, String problem) {
		assertThat(WebhookAddresses.problem(url, false, NAMES)).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "OK", value = { "http://127.0.0.1:8089/hook, OK", "https://10.1.2.3/x, OK",
			"ftp://127.0.0.1/x, webhook.url.invalidHttp" })
	void theSwitchAllowsPlainHttpAndInsideAddresses(String url, String problem) {
		assertThat(WebhookAddresses.problem(url, true, NAMES)).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource({ "0.1.2.3, true", "1.0.0.1, false", "100.63.255.255, false", "100.64.0.0, true",
			"100.127.255.255, true", "100.128.0.0, false", "192.0.0.8, true", "192.0.1.1, false", "192.1.0.1, false",
			"198.17.255.255, false", "198.18.0.1, true", "198.19.255.255, true", "198.20.0.0, false",
			"239.255.255.255, true", "240.0.0.1, true", "255.255.255.255, true", "223.255.255.255, false",
			"fc00::1, true", "fdff::1, true", "fe00::1, false", "fe80::1, true", "2001:db8::1, false",
			"::ffff:192.168.1.1, true", "::ffff:8.8.8.8, false" })
	void theInsideOfTheInternetIsKnownAtItsEdges(String address, boolean inside) throws UnknownHostException {
		assertThat(WebhookAddresses.inside(InetAddress.getByName(address))).isEqualTo(inside);
	}

}
