package org.qslmail.directory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qslmail.core.Callsign;
import org.qslmail.directory.DirectoryException.Problem;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Talks to a QSL directory server over its HTTP JSON API. Every call is bounded by the timeout and either
 * returns or throws a {@link DirectoryException} that tells the user what to do.
 */
public final class DirectoryClient {

	/** Largest number of callsigns the server takes in one lookup; bigger lookups are split. */
	public static final int LOOKUP_BATCH = 5000;

	private final URI base;
	private final Duration timeout;
	private final HttpClient http;

	/** @param base the server, e.g. {@code https://directory.example.org/} */
	public DirectoryClient(URI base, Duration timeout) {
		this.base = base.toString().endsWith("/") ? base : URI.create(base + "/"); //$NON-NLS-1$ //$NON-NLS-2$
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Creates the station's account on the directory. */
	public void createStation(String callsign, char[] password) throws DirectoryException {
		JsonObject body = new JsonObject();
		body.addProperty("callsign", callsign); //$NON-NLS-1$
		body.addProperty("password", new String(password)); //$NON-NLS-1$
		call("POST", "v1/stations", null, body); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public DirectorySession login(String callsign, char[] password) throws DirectoryException {
		JsonObject body = new JsonObject();
		body.addProperty("callsign", callsign); //$NON-NLS-1$
		body.addProperty("password", new String(password)); //$NON-NLS-1$
		JsonObject reply = call("POST", "v1/login", null, body); //$NON-NLS-1$ //$NON-NLS-2$
		return new DirectorySession(text(reply, "callsign"), text(reply, "session")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public DirectoryStatus status(DirectorySession session) throws DirectoryException {
		return status(call("GET", "v1/status", session, null)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Asks the server to mail a one-time token to {@code address}; nothing is registered until
	 * {@link #confirmRegistration} returns that token.
	 */
	public RegistrationRequest startRegistration(DirectorySession session, String address) throws DirectoryException {
		JsonObject body = new JsonObject();
		body.addProperty("address", address); //$NON-NLS-1$
		JsonObject reply = call("POST", "v1/registration", session, body); //$NON-NLS-1$ //$NON-NLS-2$
		return new RegistrationRequest(status(reply), text(reply, "check")); //$NON-NLS-1$
	}

	public DirectoryStatus confirmRegistration(DirectorySession session, String token) throws DirectoryException {
		JsonObject body = new JsonObject();
		body.addProperty("token", token); //$NON-NLS-1$
		return status(call("POST", "v1/registration/confirm", session, body)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Removes the registered address, as registering a blank address does in hQSL. */
	public DirectoryStatus unregister(DirectorySession session) throws DirectoryException {
		return status(call("DELETE", "v1/registration", session, null)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public Optional<String> lookup(DirectorySession session, Callsign callsign) throws DirectoryException {
		return lookup(session, List.of(callsign)).get(callsign);
	}

	/** The registered addresses of many partners (e.g. after a contest), in batches the server accepts. */
	public Map<Callsign, Optional<String>> lookup(DirectorySession session, Collection<Callsign> callsigns)
			throws DirectoryException {
		Map<Callsign, Optional<String>> found = new LinkedHashMap<>();
		List<Callsign> all = new ArrayList<>(callsigns);
		for (int start = 0; start < all.size(); start += LOOKUP_BATCH) {
			List<Callsign> batch = all.subList(start, Math.min(all.size(), start + LOOKUP_BATCH));
			JsonObject body = new JsonObject();
			JsonArray array = new JsonArray();
			batch.forEach(call -> array.add(call.text()));
			body.add("callsigns", array); //$NON-NLS-1$
			JsonObject addresses = call("POST", "v1/lookup", session, body).getAsJsonObject("addresses"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (Callsign call : batch) {
				JsonElement address = addresses == null ? null : addresses.get(call.text());
				found.put(call, address == null || address.isJsonNull() ? Optional.empty() : Optional.of(address.getAsString()));
			}
		}
		return found;
	}

	private static DirectoryStatus status(JsonObject reply) throws DirectoryException {
		return new DirectoryStatus(text(reply, "callsign"), optional(reply, "address"), optional(reply, "pendingAddress")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private JsonObject call(String method, String path, DirectorySession session, JsonObject body)
			throws DirectoryException {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
				.header("Accept", "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
		if (session != null) {
			request.header("Authorization", "Bearer " + session.token()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (body != null) {
			request.header("Content-Type", "application/json; charset=utf-8"); //$NON-NLS-1$ //$NON-NLS-2$
			request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
		} else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		} catch (HttpTimeoutException e) {
			throw new DirectoryException(Problem.TIMEOUT, null, base.toString(), e);
		} catch (ConnectException e) {
			throw new DirectoryException(Problem.CONNECT, null, base.toString(), e);
		} catch (IOException e) {
			throw new DirectoryException(Problem.CONNECT, null, base + " (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DirectoryException(Problem.TIMEOUT, null, base.toString(), e);
		}
		JsonObject reply;
		try {
			JsonElement parsed = JsonParser.parseString(response.body());
			reply = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
		} catch (JsonParseException e) {
			throw new DirectoryException(Problem.SERVER, null, "HTTP " + response.statusCode(), e); //$NON-NLS-1$
		}
		if (response.statusCode() / 100 == 2) {
			return reply;
		}
		String code = reply.has("error") ? reply.get("error").getAsString() : ""; //$NON-NLS-1$ //$NON-NLS-2$
		String field = reply.has("field") ? reply.get("field").getAsString() : null; //$NON-NLS-1$ //$NON-NLS-2$
		Problem problem = switch (code) {
		case "wrong_login" -> Problem.WRONG_LOGIN; //$NON-NLS-1$
		case "rate_limited" -> Problem.RATE_LIMITED; //$NON-NLS-1$
		case "not_logged_in" -> Problem.NOT_LOGGED_IN; //$NON-NLS-1$
		case "bad_callsign" -> Problem.BAD_CALLSIGN; //$NON-NLS-1$
		case "bad_address" -> Problem.BAD_ADDRESS; //$NON-NLS-1$
		case "weak_password" -> Problem.WEAK_PASSWORD; //$NON-NLS-1$
		case "station_exists" -> Problem.STATION_EXISTS; //$NON-NLS-1$
		case "token_invalid" -> Problem.TOKEN_INVALID; //$NON-NLS-1$
		case "token_mail_failed" -> Problem.TOKEN_MAIL_FAILED; //$NON-NLS-1$
		case "server", "" -> Problem.SERVER; //$NON-NLS-1$ //$NON-NLS-2$
		default -> Problem.REFUSED;
		};
		String detail = problem == Problem.REFUSED || problem == Problem.SERVER
				? "HTTP " + response.statusCode() + " " + code //$NON-NLS-1$ //$NON-NLS-2$
				: field;
		throw new DirectoryException(problem, field, detail, null);
	}

	private static String text(JsonObject reply, String field) throws DirectoryException {
		JsonElement value = reply.get(field);
		if (value == null || !value.isJsonPrimitive()) {
			throw new DirectoryException(Problem.SERVER, null, field, null);
		}
		return value.getAsString();
	}

	private static Optional<String> optional(JsonObject reply, String field) {
		JsonElement value = reply.get(field);
		return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
	}
}
