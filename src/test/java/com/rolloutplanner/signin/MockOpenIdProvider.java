package com.rolloutplanner.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;
import org.mockserver.model.HttpResponse;
import org.mockserver.model.MediaType;

import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

/**
 * An OpenID provider on a random port for the tests: discovery, its keys, the
 * authorization endpoint (which sends the browser straight back with a code), the token
 * endpoint (which checks the PKCE verifier and signs an ID token with the nonce it was
 * given) and user info; who signs in next, and how the provider misbehaves, is set by the
 * test.
 */
public final class MockOpenIdProvider implements AutoCloseable {

	public static final String CLIENT_ID = "rollout-planner";

	public static final String CLIENT_SECRET = "a client secret of the provider";

	/** Who the provider vouches for at the next sign-in, and how it answers. */
	public record Identity(String subject, String email, boolean verified, String name, boolean wrongNonce,
			boolean tokenFails) {

		public static Identity of(String subject, String email) {
			return new Identity(subject, email, true, "Sanna Sign-in", false, false);
		}

		Identity unverified() {
			return new Identity(this.subject, this.email, false, this.name, false, false);
		}

		Identity withWrongNonce() {
			return new Identity(this.subject, this.email, this.verified, this.name, true, false);
		}

		Identity withFailingToken() {
			return new Identity(this.subject, this.email, this.verified, this.name, false, true);
		}

	}

	private final ClientAndServer server;

	private final RSAKey key;

	private final Map<String, String[]> codes = new ConcurrentHashMap<>();

	private volatile Identity next;

	/** Who the provider vouches for at the next sign-in. */
	public void next(Identity identity) {
		this.next = identity;
	}

	public MockOpenIdProvider() throws Exception {
		this.server = ClientAndServer.startClientAndServer(0);
		this.key = new RSAKeyGenerator(2048).keyID("test-key").generate();
		String issuer = issuer();
		this.server.when(request().withMethod("GET").withPath("/realm/.well-known/openid-configuration"))
			.respond(response().withContentType(MediaType.APPLICATION_JSON)
				.withBody("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
						+ "/authorize\",\"token_endpoint\":\"" + issuer + "/token\",\"userinfo_endpoint\":\"" + issuer
						+ "/userinfo\",\"jwks_uri\":\"" + issuer + "/jwks\",\"response_types_supported\":[\"code\"],"
						+ "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
						+ "\"scopes_supported\":[\"openid\",\"email\",\"profile\"],"
						+ "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"],"
						+ "\"code_challenge_methods_supported\":[\"S256\"]}"));
		this.server.when(request().withMethod("GET").withPath("/realm/jwks"))
			.respond(response().withContentType(MediaType.APPLICATION_JSON)
				.withBody("{\"keys\":[" + this.key.toPublicJWK().toJSONString() + "]}"));
		this.server.when(request().withMethod("GET").withPath("/realm/authorize")).respond(this::authorize);
		this.server.when(request().withMethod("POST").withPath("/realm/token")).respond(this::token);
		this.server.when(request().withMethod("GET").withPath("/realm/userinfo")).respond(this::userInfo);
	}

	public String issuer() {
		return "http://localhost:" + this.server.getPort() + "/realm";
	}

	private HttpResponse authorize(HttpRequest request) {
		String code = java.util.UUID.randomUUID().toString();
		this.codes.put(code, new String[] { request.getFirstQueryStringParameter("nonce"),
				request.getFirstQueryStringParameter("code_challenge") });
		String back = request.getFirstQueryStringParameter("redirect_uri") + "?code=" + code + "&state="
				+ URLEncoder.encode(request.getFirstQueryStringParameter("state"), StandardCharsets.UTF_8);
		return response().withStatusCode(302).withHeader("Location", back);
	}

	private HttpResponse token(HttpRequest request) throws Exception {
		Identity identity = this.next;
		String body = request.getBodyAsString();
		Map<String, String> form = new java.util.HashMap<>();
		for (String pair : body.split("&")) {
			String[] kv = pair.split("=", 2);
			form.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
					(kv.length > 1) ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
		}
		String[] issued = this.codes.remove(form.get("code"));
		String authorization = request.getFirstHeader("Authorization");
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString(
					(CLIENT_ID + ":" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8).replace("+", "%20"))
						.getBytes(StandardCharsets.UTF_8));
		String expectedPlain = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		boolean client = expected.equals(authorization) || expectedPlain.equals(authorization)
				|| decoded(authorization).equals(CLIENT_ID + ":" + CLIENT_SECRET);
		if (identity != null && identity.tokenFails()) {
			return response().withStatusCode(503).withBody("Service Unavailable");
		}
		if (issued == null || identity == null || !client || !challenge(form.get("code_verifier")).equals(issued[1])) {
			return response().withStatusCode(400)
				.withContentType(MediaType.APPLICATION_JSON)
				.withBody("{\"error\":\"invalid_grant\"}");
		}
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
			.subject(identity.subject())
			.audience(CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("nonce", identity.wrongNonce() ? "not-the-nonce" : issued[0])
			.claim("email", identity.email())
			.claim("email_verified", identity.verified())
			.claim("name", identity.name())
			.build();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims);
		token.sign(new RSASSASigner(this.key));
		return response().withContentType(MediaType.APPLICATION_JSON)
			.withBody("{\"access_token\":\"access-" + identity.subject() + "\",\"token_type\":\"Bearer\","
					+ "\"expires_in\":300,\"scope\":\"openid email profile\",\"id_token\":\"" + token.serialize()
					+ "\"}");
	}

	private HttpResponse userInfo(HttpRequest request) {
		Identity identity = this.next;
		return response().withContentType(MediaType.APPLICATION_JSON)
			.withBody("{\"sub\":\"" + identity.subject() + "\",\"email\":\"" + identity.email()
					+ "\",\"email_verified\":" + identity.verified() + ",\"name\":\"" + identity.name() + "\"}");
	}

	private static String decoded(String authorization) {
		if (authorization == null || !authorization.startsWith("Basic ")) {
			return "";
		}
		String plain = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
		return java.net.URLDecoder.decode(plain, StandardCharsets.UTF_8);
	}

	private static String challenge(String verifier) throws Exception {
		if (verifier == null) {
			return "no verifier";
		}
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
