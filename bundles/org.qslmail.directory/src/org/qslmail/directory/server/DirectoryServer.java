package org.qslmail.directory.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.qslmail.core.Callsign;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The directory's HTTP JSON API (docs/directory-api.md). Every request is validated before it reaches the
 * store: the body is a JSON object of at most {@value #MAX_BODY_BYTES} bytes with exactly the documented
 * fields, callsigns are callsigns (portable forms resolve to the base call), addresses are addresses.
 * Addresses are only shown to logged-in stations.
 */
public final class DirectoryServer implements AutoCloseable {

	public static final int MAX_BODY_BYTES = 16 * 1024;
	public static final int MAX_LOOKUP = 5000;
	public static final int MIN_PASSWORD_LENGTH = 10;
	private static final Pattern ADDRESS = Pattern.compile("[^@\\s\"<>()\\[\\],;:\\\\]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}"); //$NON-NLS-1$
	private static final Logger LOG = Logger.getLogger(DirectoryServer.class.getName());

	private final DirectoryStore store;
	private final TokenMailer mailer;
	private final HttpServer http;
	private final ExecutorService workers;

	private DirectoryServer(DirectoryStore store, TokenMailer mailer, HttpServer http, ExecutorService workers) {
		this.store = store;
		this.mailer = mailer;
		this.http = http;
		this.workers = workers;
	}

	/** Starts a server on {@code address} (use a loopback address unless a proxy in front terminates TLS). */
	public static DirectoryServer start(InetSocketAddress address, DirectoryStore store, TokenMailer mailer)
			throws IOException {
		HttpServer http = HttpServer.create(address, 64);
		ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
		http.setExecutor(workers);
		DirectoryServer server = new DirectoryServer(store, mailer, http, workers);
		http.createContext("/v1/", server::handle); //$NON-NLS-1$
		http.start();
		return server;
	}

	public InetSocketAddress address() {
		return http.getAddress();
	}

	@Override
	public void close() {
		http.stop(0);
		workers.close();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			try {
				Reply reply = route(exchange);
				send(exchange, reply.status(), reply.body());
			} catch (ApiException e) {
				if (e.error == ApiError.RATE_LIMITED) {
					exchange.getResponseHeaders().set("Retry-After", //$NON-NLS-1$
							Long.toString(DirectoryStore.FAILURE_WINDOW.toSeconds()));
				}
				send(exchange, e.error.status(), error(e.error, e.field));
			} catch (SQLException | RuntimeException e) {
				LOG.log(Level.WARNING, "directory request failed", e); //$NON-NLS-1$
				send(exchange, 500, error(ApiError.SERVER, null));
			}
		}
	}

	private record Reply(int status, JsonObject body) {
		static Reply ok(JsonObject body) {
			return new Reply(200, body);
		}
	}

	private Reply route(HttpExchange exchange) throws ApiException, IOException, SQLException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		switch (path) {
		case "/v1/stations": //$NON-NLS-1$
			requireMethod(method, "POST"); //$NON-NLS-1$
			return new Reply(201, createStation(body(exchange, Set.of("callsign", "password")))); //$NON-NLS-1$ //$NON-NLS-2$
		case "/v1/login": //$NON-NLS-1$
			requireMethod(method, "POST"); //$NON-NLS-1$
			return Reply.ok(login(exchange, body(exchange, Set.of("callsign", "password")))); //$NON-NLS-1$ //$NON-NLS-2$
		case "/v1/status": //$NON-NLS-1$
			requireMethod(method, "GET"); //$NON-NLS-1$
			return Reply.ok(status(loggedIn(exchange)));
		case "/v1/registration": //$NON-NLS-1$
			String callsign = loggedIn(exchange);
			if (method.equals("DELETE")) { //$NON-NLS-1$
				store.unregister(callsign);
				return Reply.ok(status(callsign));
			}
			requireMethod(method, "POST"); //$NON-NLS-1$
			return new Reply(202, register(callsign, body(exchange, Set.of("address")))); //$NON-NLS-1$
		case "/v1/registration/confirm": //$NON-NLS-1$
			requireMethod(method, "POST"); //$NON-NLS-1$
			String station = loggedIn(exchange);
			return Reply.ok(confirm(station, body(exchange, Set.of("token")))); //$NON-NLS-1$
		case "/v1/lookup": //$NON-NLS-1$
			requireMethod(method, "POST"); //$NON-NLS-1$
			loggedIn(exchange);
			return Reply.ok(lookup(body(exchange, Set.of("callsigns")))); //$NON-NLS-1$
		default:
			throw new ApiException(ApiError.NOT_FOUND);
		}
	}

	private JsonObject createStation(JsonObject body) throws ApiException, SQLException {
		String callsign = callsign(string(body, "callsign"), "callsign"); //$NON-NLS-1$ //$NON-NLS-2$
		char[] password = string(body, "password").toCharArray(); //$NON-NLS-1$
		if (password.length < MIN_PASSWORD_LENGTH) {
			throw new ApiException(ApiError.WEAK_PASSWORD, "password"); //$NON-NLS-1$
		}
		if (!store.createStation(callsign, password)) {
			throw new ApiException(ApiError.STATION_EXISTS, "callsign"); //$NON-NLS-1$
		}
		JsonObject reply = new JsonObject();
		reply.addProperty("callsign", callsign); //$NON-NLS-1$
		return reply;
	}

	private JsonObject login(HttpExchange exchange, JsonObject body) throws ApiException, SQLException {
		String callsign = callsign(string(body, "callsign"), "callsign"); //$NON-NLS-1$ //$NON-NLS-2$
		String client = exchange.getRemoteAddress().getAddress().getHostAddress();
		if (store.isRateLimited(callsign, client)) {
			throw new ApiException(ApiError.RATE_LIMITED);
		}
		String token = store.login(callsign, string(body, "password").toCharArray(), client) //$NON-NLS-1$
				.orElseThrow(() -> new ApiException(ApiError.WRONG_LOGIN));
		JsonObject reply = new JsonObject();
		reply.addProperty("callsign", callsign); //$NON-NLS-1$
		reply.addProperty("session", token); //$NON-NLS-1$
		reply.addProperty("expiresInSeconds", DirectoryStore.SESSION_LIFETIME.toSeconds()); //$NON-NLS-1$
		return reply;
	}

	private JsonObject status(String callsign) throws SQLException {
		DirectoryStore.Status status = store.status(callsign);
		JsonObject reply = new JsonObject();
		reply.addProperty("callsign", status.callsign()); //$NON-NLS-1$
		reply.add("address", status.address().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE)); //$NON-NLS-1$
		reply.add("pendingAddress", status.pendingAddress().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE)); //$NON-NLS-1$
		return reply;
	}

	private JsonObject register(String callsign, JsonObject body) throws ApiException, SQLException {
		String address = string(body, "address").strip(); //$NON-NLS-1$
		if (!ADDRESS.matcher(address).matches()) {
			throw new ApiException(ApiError.BAD_ADDRESS, "address"); //$NON-NLS-1$
		}
		String token = store.createRegistrationToken(callsign, address);
		String checkId = DirectoryStore.randomToken();
		try {
			mailer.sendToken(address, callsign, checkId, token);
		} catch (Exception e) {
			LOG.log(Level.WARNING, "token mail to " + address + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			throw new ApiException(ApiError.TOKEN_MAIL_FAILED, "address"); //$NON-NLS-1$
		}
		JsonObject reply = status(callsign);
		reply.addProperty("check", checkId); //$NON-NLS-1$
		return reply;
	}

	private JsonObject confirm(String callsign, JsonObject body) throws ApiException, SQLException {
		store.confirm(callsign, string(body, "token").strip()) //$NON-NLS-1$
				.orElseThrow(() -> new ApiException(ApiError.TOKEN_INVALID, "token")); //$NON-NLS-1$
		return status(callsign);
	}

	private JsonObject lookup(JsonObject body) throws ApiException, SQLException {
		JsonElement calls = body.get("callsigns"); //$NON-NLS-1$
		if (calls == null || !calls.isJsonArray()) {
			throw new ApiException(ApiError.MISSING_FIELD, "callsigns"); //$NON-NLS-1$
		}
		JsonArray array = calls.getAsJsonArray();
		if (array.size() > MAX_LOOKUP) {
			throw new ApiException(ApiError.TOO_MANY_CALLSIGNS, "callsigns"); //$NON-NLS-1$
		}
		List<String> asked = new ArrayList<>();
		List<String> bases = new ArrayList<>();
		for (JsonElement element : array) {
			if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
				throw new ApiException(ApiError.BAD_CALLSIGN, "callsigns"); //$NON-NLS-1$
			}
			asked.add(element.getAsString());
			bases.add(callsign(element.getAsString(), "callsigns")); //$NON-NLS-1$
		}
		Map<String, Optional<String>> found = store.lookup(bases.stream().distinct().toList());
		JsonObject results = new JsonObject();
		for (int i = 0; i < asked.size(); i++) {
			results.add(asked.get(i), found.get(bases.get(i)).<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
		}
		JsonObject reply = new JsonObject();
		reply.add("addresses", results); //$NON-NLS-1$
		return reply;
	}

	private String loggedIn(HttpExchange exchange) throws ApiException, SQLException {
		String header = exchange.getRequestHeaders().getFirst("Authorization"); //$NON-NLS-1$
		if (header == null || !header.startsWith("Bearer ")) { //$NON-NLS-1$
			throw new ApiException(ApiError.NOT_LOGGED_IN);
		}
		return store.session(header.substring(7).strip()).orElseThrow(() -> new ApiException(ApiError.NOT_LOGGED_IN));
	}

	private static void requireMethod(String method, String allowed) throws ApiException {
		if (!allowed.equals(method)) {
			throw new ApiException(ApiError.METHOD_NOT_ALLOWED);
		}
	}

	/** The request body: one JSON object with only the allowed fields, all required. */
	private static JsonObject body(HttpExchange exchange, Set<String> fields) throws ApiException, IOException {
		byte[] bytes;
		try (InputStream in = exchange.getRequestBody()) {
			bytes = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		if (bytes.length > MAX_BODY_BYTES) {
			throw new ApiException(ApiError.BODY_TOO_LARGE);
		}
		JsonElement parsed;
		try {
			JsonReader reader = new JsonReader(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
			reader.setStrictness(Strictness.STRICT);
			parsed = JsonParser.parseReader(reader);
			if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
				throw new ApiException(ApiError.BAD_JSON);
			}
		} catch (JsonParseException | IOException | IllegalStateException e) {
			throw new ApiException(ApiError.BAD_JSON);
		}
		if (!parsed.isJsonObject()) {
			throw new ApiException(ApiError.BAD_JSON);
		}
		JsonObject object = parsed.getAsJsonObject();
		for (String key : object.keySet()) {
			if (!fields.contains(key)) {
				throw new ApiException(ApiError.UNKNOWN_FIELD, key);
			}
		}
		for (String field : fields) {
			if (!object.has(field) || object.get(field).isJsonNull()) {
				throw new ApiException(ApiError.MISSING_FIELD, field);
			}
		}
		return object;
	}

	private static String string(JsonObject body, String field) throws ApiException {
		JsonElement value = body.get(field);
		if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
			throw new ApiException(ApiError.MISSING_FIELD, field);
		}
		return value.getAsString();
	}

	/** The base call of a callsign: portable forms share the base call's registration. */
	private static String callsign(String text, String field) throws ApiException {
		return Callsign.find(text).map(Callsign::base).orElseThrow(() -> new ApiException(ApiError.BAD_CALLSIGN, field));
	}

	private static JsonObject error(ApiError error, String field) {
		JsonObject reply = new JsonObject();
		reply.addProperty("error", error.code()); //$NON-NLS-1$
		reply.addProperty("message", error.text()); //$NON-NLS-1$
		if (field != null) {
			reply.addProperty("field", field); //$NON-NLS-1$
		}
		return reply;
	}

	private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
		byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8"); //$NON-NLS-1$ //$NON-NLS-2$
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}
}
