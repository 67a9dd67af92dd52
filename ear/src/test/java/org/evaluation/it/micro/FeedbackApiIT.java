package org.evaluation.it.micro;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import org.evaluation.api.apikey.ApiKeyForm;
import org.evaluation.api.apikey.ApiKeyService;
import org.evaluation.api.apikey.ApiKeyView;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.api.apikey.IssuedApiKey;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.feedback.ServiceWindowService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.Role;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API for calling systems, over real HTTP (java.net.http against the running server):
 * API keys, the status codes of every kind of refusal, request limits, the OpenAPI description;
 * and the administrator's page of keys in the browser.
 * <p>
 * The in-container tests set up what they need through the services (their own organisation,
 * keys with the rights and limits the test needs) and then call the API as a calling system would.
 */
class FeedbackApiIT extends OnPayaraMicro {

    @EJB
    private ApiKeyService keys;
    @EJB
    private OrganisationService organisations;
    @EJB
    private AuditService audit;
    @EJB
    private PeopleService people;
    @EJB
    private ServiceWindowService windows;

    @Inject
    private TestUsers users;

    @Inject
    private HttpServletRequest request;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The server's address, as this test's request reached it; kept for calls from other threads. */
    private String base;

    private RoleRunner admin() {
        return users.as(Role.ADMIN);
    }

    private long newOrganisation() {
        return users.as(Role.HR).call(() -> organisations.createOrganisation(TestData.unique("接口测试局")));
    }

    private IssuedApiKey newKey(long organisation, Integer perMinute, ApiRight... rights) {
        ApiKeyForm form = new ApiKeyForm();
        form.setName(TestData.unique("评价器"));
        form.setOrganisationId(organisation);
        form.setRights(Set.of(rights));
        form.setRequestsPerMinute(perMinute);
        return admin().call(() -> keys.create(form));
    }

    private ApiKeyView view(long keyId) {
        return admin().call(() -> keys.keys()).stream().filter(k -> k.id() == keyId).findFirst().orElseThrow();
    }

    /** The server's own address, as this test's request reached it. */
    private String base() {
        if (base == null) {
            base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/";
        }
        return base;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(base() + "api/v1/" + path));
    }

    private HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder b = api(path).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return send(b);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> post(String path, String key, String json, String... headers) {
        HttpRequest.Builder b = api(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    /** An organisation of its own with a unit, a window there, a second unit and someone who serves. */
    private record Centre(long organisation, long unit, long otherUnit, long staff, String window) {
    }

    private Centre newCentre() {
        return users.as(Role.HR).call(() -> {
            long org = organisations.createOrganisation(TestData.unique("接口政务中心"));
            long unit = organisations.createUnit(org, null, "综合窗口科");
            long other = organisations.createUnit(org, null, "办公室");
            long staff = people.create(TestData.person(TestData.unique("窗口员"), unit));
            windows.createWindow(unit, "A03", "A03 综合受理");
            return new Centre(org, unit, other, staff, "A03");
        });
    }

    private static String recordJson(String reference, long unit, String extra) {
        return "{\"reference\":\"" + reference + "\",\"serviceItem\":\"不动产登记\",\"unitId\":" + unit
                + ",\"servedAt\":\"2026-11-21T09:30:00\",\"channel\":\"WINDOW\"" + extra + "}";
    }

    /** A new service of the centre, created through the API; its id. */
    private long newRecord(Centre centre, String key) {
        HttpResponse<String> created = post("service-records", key,
                recordJson(TestData.unique("WX-"), centre.unit(), ",\"staffId\":" + centre.staff()));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    private static final String FIVE_STARS = "{\"level\":5,\"indicators\":{\"EFFICIENCY\":5,\"ATTITUDE\":4},"
            + "\"tags\":[\"SMILE\",\"one_time_notice\"],\"comment\":\"办得很快\",\"channel\":\"DEVICE\"}";

    private HttpResponse<String> rate(long record, String key, String idempotencyKey, String json) {
        return idempotencyKey == null ? post("service-records/" + record + "/ratings", key, json)
                : post("service-records/" + record + "/ratings", key, json, "Idempotency-Key", idempotencyKey);
    }

    /** An error answer: the status, JSON, the one shape with status, code, message and field. */
    private static JsonObject error(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        JsonObject body = json(response);
        assertEquals(status, body.getInt("status"));
        assertEquals(code, body.getString("code"));
        assertFalse(body.getString("message").isBlank());
        assertTrue(body.containsKey("field"), "the field is always there, null when no field is at fault");
        return body;
    }

    @Test
    void aKeyIsShownOnceStoredAsAHashAndAuthenticatesEitherWay() {
        long org = newOrganisation();
        IssuedApiKey issued = newKey(org, null, ApiRight.SUBMIT_RATINGS, ApiRight.READ_RATINGS);
        assertTrue(issued.key().startsWith(issued.label() + "_"), issued.label());

        HttpResponse<String> bearer = get("ping", issued.key());
        assertEquals(200, bearer.statusCode(), bearer.body());
        JsonObject pong = json(bearer);
        assertEquals(issued.label(), pong.getString("key"));
        assertEquals(org, pong.getJsonNumber("organisationId").longValue());
        assertEquals(List.of("SUBMIT_RATINGS", "READ_RATINGS"), pong.getJsonArray("rights").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(bearer.body().contains(issued.key().substring(13)), "the secret never comes back");

        HttpResponse<String> header = send(api("ping").header("X-Api-Key", issued.key()).GET());
        assertEquals(200, header.statusCode(), header.body());

        ApiKeyView view = view(issued.id());
        assertTrue(view.active());
        assertNotNull(view.lastUsedAt(), "the time of use is noted");
        assertFalse(view.toString().contains(issued.key().substring(13)));
        List<AuditEntryView> entries = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("ApiKey", 0, 50)).rows();
        AuditEntryView created = entries.stream().filter(e -> e.subjectId().equals(String.valueOf(issued.id())))
                .findFirst().orElseThrow();
        assertEquals("create", created.action());
        assertTrue(created.after().contains(issued.label()));
        assertFalse(created.after().contains(issued.key().substring(13)), "the audit trail never holds the key");
    }

    @Test
    void noKeyAWrongKeyAndARevokedKeyAre401() {
        long org = newOrganisation();
        IssuedApiKey issued = newKey(org, null, ApiRight.READ_RATINGS);

        HttpResponse<String> none = get("ping", null);
        error(none, 401, "api.error.keyMissing");
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        // only the API's version is answered without a key, and nothing of any organisation
        HttpResponse<String> version = get("", null);
        assertEquals(200, version.statusCode(), version.body());
        assertEquals("1", json(version).getString("version"));
        assertEquals("/openapi", json(version).getString("description"));
        assertEquals(2, json(version).size(), version.body());
        error(get("ping", "not-a-key"), 401, "api.error.keyInvalid");
        String forged = issued.key().substring(0, issued.key().length() - 4) + "AAAA";
        error(get("ping", forged.equals(issued.key()) ? forged.replace('A', 'B') : forged), 401,
                "api.error.keyInvalid");

        assertEquals(200, get("ping", issued.key()).statusCode());
        // let in a moment ago, the key is known without the database: a forged secret of it is not
        assertEquals(0, statements(get("ping", issued.key())));
        error(get("ping", forged.equals(issued.key()) ? forged.replace('A', 'B') : forged), 401,
                "api.error.keyInvalid");
        ApiKeyView before = view(issued.id());
        admin().run(() -> keys.revoke(before.id(), before.version()));
        error(get("ping", issued.key()), 401, "api.error.keyInvalid");
        ApiKeyView after = view(issued.id());
        assertFalse(after.active());
        assertNotNull(after.revokedBy());
        assertEquals("revoke", users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("ApiKey", 0, 50)).rows().stream()
                .filter(e -> e.subjectId().equals(String.valueOf(issued.id()))).findFirst().orElseThrow().action());
    }

    @Test
    void onlyTheAdministratorManagesKeys() {
        long org = newOrganisation();
        ApiKeyForm form = new ApiKeyForm();
        form.setName("网上办事平台");
        form.setOrganisationId(org);
        form.setRights(Set.of(ApiRight.SUBMIT_RATINGS));
        assertThrows(EJBAccessException.class, () -> users.as(Role.HR).call(() -> keys.create(form)));
        assertThrows(EJBAccessException.class, () -> users.as(Role.HR).call(() -> keys.keys()));
    }

    @Test
    void aKeyOverItsOwnLimitGets429WithRetryAfterAndOtherKeysGoOn() {
        long org = newOrganisation();
        IssuedApiKey limited = newKey(org, 3, ApiRight.READ_RATINGS);
        IssuedApiKey other = newKey(org, null, ApiRight.READ_RATINGS);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get("ping", limited.key()).statusCode(), "request " + (i + 1));
        }
        HttpResponse<String> refused = get("ping", limited.key());
        error(refused, 429, "api.error.tooManyRequests");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "three a minute: one every 20 s; " + retryAfter);
        assertEquals(200, get("ping", other.key()).statusCode(), "another key has its own allowance");

        ApiKeyView view = view(limited.id());
        admin().run(() -> keys.changeLimit(view.id(), view.version(), 1000));
        assertEquals(200, get("ping", limited.key()).statusCode(), "a raised limit applies at once");
    }

    @Test
    void errorsSpeakTheCallersLanguageChineseByDefault() {
        JsonObject chinese = error(get("ping", null), 401, "api.error.keyMissing");
        assertTrue(chinese.getString("message").contains("缺少"), chinese.getString("message"));
        JsonObject english = error(send(api("ping").header("Accept-Language", "en-GB,en;q=0.9").GET()), 401,
                "api.error.keyMissing");
        assertTrue(english.getString("message").startsWith("No API key"), english.getString("message"));
        JsonObject fallback = error(send(api("ping").header("Accept-Language", "fr-FR").GET()), 401,
                "api.error.keyMissing");
        assertEquals(chinese.getString("message"), fallback.getString("message"));
    }

    @Test
    void aBodyLargerThanTheApiTakesIsRefusedUnreadAndNothingIsStored() {
        Centre centre = newCentre();
        IssuedApiKey key = newKey(centre.organisation(), null, ApiRight.values());
        String reference = TestData.unique("BIG-");
        String big = recordJson(reference, centre.unit(), ",\"contact\":\"" + "x".repeat(70 * 1024) + "\"");
        HttpResponse<String> declared = post("service-records", key.key(), big);
        error(declared, 413, "error.bodyTooLarge");
        assertTrue(json(declared).getString("message").contains("64 KiB"), declared.body());

        // sent without a length, the body is cut off where it passes the limit
        HttpResponse<String> chunked = send(api("service-records").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key.key())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))));
        assertTrue(chunked.statusCode() >= 400, chunked.statusCode() + " " + chunked.body());
        // the reference is unique in the organisation: it is still free
        HttpResponse<String> small = post("service-records", key.key(), recordJson(reference, centre.unit(), ""));
        assertEquals(201, small.statusCode(), "nothing of either request was stored: " + small.body());
    }

    /**
     * The container parses a form itself, past the filter's limit: a form sent without a length,
     * which no browser sends, is refused unread.
     */
    @Test
    void aFormSentWithoutALengthIsRefused() {
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("signIn=signIn&x=" + "y".repeat(100_000)).getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(411, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("Content-Length"), chunked.body());
        HttpResponse<String> sized = send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signIn=signIn")));
        assertTrue(sized.statusCode() < 400, "a form with its length is read: " + sized.statusCode());
    }

    /** The link is handed to citizens: a client writing another {@code Host} must not put its own site into it. */
    @Test
    void aForgedHostHeaderNeverReachesTheRatingLink() throws IOException {
        Centre centre = newCentre();
        IssuedApiKey key = newKey(centre.organisation(), null, ApiRight.values());
        byte[] body = recordJson(TestData.unique("HOST-"), centre.unit(), "").getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(base() + "api/v1/service-records");
        String answer;
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: evil.example.org\r\n"
                    + "Authorization: Bearer " + key.key() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("\"ratingLink\":\"([^\"]+)\"").matcher(answer);
        assertTrue(link.find(), answer);
        assertFalse(link.group(1).contains("evil.example.org"), link.group(1));
        assertTrue(link.group(1).startsWith(base() + "rate.xhtml?t="), link.group(1));
    }

    @Test
    void unknownAddressesAndWrongMethodsAnswerInTheSameShape() {
        IssuedApiKey key = newKey(newOrganisation(), null, ApiRight.READ_RATINGS);
        error(get("no-such-thing", key.key()), 404, "api.error.notFound");
        HttpResponse<String> post = send(api("ping").header("Authorization", "Bearer " + key.key())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        error(post, 405, "api.error.methodNotAllowed");
    }

    @Test
    void aCallingSystemCreatesAServiceAndGetsItsRatingLink() {
        Centre centre = newCentre();
        IssuedApiKey key = newKey(centre.organisation(), null, ApiRight.values());
        String reference = TestData.unique("WX-");
        HttpResponse<String> created = post("service-records", key.key(), recordJson(reference, centre.unit(),
                ",\"windowCode\":\"A03\",\"staffId\":" + centre.staff() + ",\"contact\":\"138****0000\""));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject record = json(created);
        long id = record.getJsonNumber("id").longValue();
        assertEquals(reference, record.getString("reference"));
        assertTrue(record.getString("ratingToken").startsWith("r" + id + "."), record.toString());
        assertTrue(record.getString("ratingLink").endsWith("/rate.xhtml?t=" + record.getString("ratingToken")),
                record.getString("ratingLink"));
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/service-records/" + id + "/rating"));

        HttpResponse<String> status = get("service-records/" + id + "/rating", key.key());
        assertEquals(200, status.statusCode(), status.body());
        JsonObject unrated = json(status);
        assertFalse(unrated.getBoolean("rated"));
        assertTrue(unrated.isNull("rating"), "null while unrated, never left out");
        assertEquals(reference, unrated.getString("reference"));

        JsonObject taken = error(post("service-records", key.key(), recordJson(reference, centre.unit(), "")), 409,
                "api.serviceRecord.referenceTaken");
        assertEquals("reference", taken.getString("field"));
    }

    @Test
    void aServiceIsRatedOnceTheSameRequestAgainAnswersTheFirstResult() {
        Centre centre = newCentre();
        IssuedApiKey key = newKey(centre.organisation(), null, ApiRight.values());
        long record = newRecord(centre, key.key());

        HttpResponse<String> first = rate(record, key.key(), "device-7-0001", FIVE_STARS);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("false", first.headers().firstValue("Idempotent-Replayed").orElseThrow());
        JsonObject stored = json(first);
        assertEquals(5, stored.getInt("level"));
        assertEquals("ORIGINAL", stored.getString("kind"));
        assertEquals("COUNTED", stored.getString("standing"));
        assertFalse(stored.getBoolean("defaulted"));

        String sameInOtherOrder = "{\"channel\":\"DEVICE\",\"comment\":\"办得很快\",\"tags\":[\"ONE_TIME_NOTICE\","
                + "\"SMILE\"],\"indicators\":{\"ATTITUDE\":4,\"EFFICIENCY\":5},\"level\":5}";
        HttpResponse<String> again = rate(record, key.key(), "device-7-0001", sameInOtherOrder);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElseThrow());
        assertEquals(stored, json(again), "the first result, unchanged");

        JsonObject reused = error(rate(record, key.key(), "device-7-0001", FIVE_STARS.replace("\"level\":5",
                "\"level\":4")), 422, "api.rating.idempotencyKeyReused");
        assertEquals("Idempotency-Key", reused.getString("field"));
        error(rate(record, key.key(), "device-7-0002", FIVE_STARS.replace("\"level\":5", "\"level\":1")), 409,
                "rating.alreadyRated");

        JsonObject status = json(get("service-records/" + record + "/rating", key.key()));
        assertTrue(status.getBoolean("rated"));
        assertEquals(stored, status.getJsonObject("rating"), "nothing of the refused requests was stored");
        assertTrue(status.isNull("supplementary"));

        long negative = newRecord(centre, key.key());
        HttpResponse<String> poor = rate(negative, key.key(), "device-7-0003",
                "{\"level\":1,\"channel\":\"DEVICE\",\"tags\":[\"FORBIDDEN_PHRASE\"]}");
        assertEquals(201, poor.statusCode(), poor.body());
        assertEquals("PENDING_VERIFICATION", json(poor).getString("standing"), "a 差评 waits for verification");
    }

    @Test
    void malformedJsonIs400AndInvalidValuesAre422NamingTheField() {
        Centre centre = newCentre();
        IssuedApiKey key = newKey(centre.organisation(), null, ApiRight.values());
        long record = newRecord(centre, key.key());

        error(rate(record, key.key(), "k1", "{\"level\": 5,"), 400, "api.error.malformed");
        error(rate(record, key.key(), "k2", "{\"level\": \"five\", \"channel\": \"DEVICE\"}"), 400,
                "api.error.malformed");
        error(rate(record, key.key(), "k3", ""), 400, "api.error.bodyMissing");
        JsonObject noKey = error(rate(record, key.key(), null, FIVE_STARS), 400, "api.error.idempotencyKeyMissing");
        assertEquals("Idempotency-Key", noKey.getString("field"));
        error(rate(record, key.key(), "has space", FIVE_STARS), 422, "api.error.idempotencyKeyInvalid");

        assertEquals("level", error(rate(record, key.key(), "k4", "{\"level\":7,\"channel\":\"DEVICE\"}"), 422,
                "error.invalidInput").getString("field"));
        assertEquals("level", error(rate(record, key.key(), "k5", "{\"channel\":\"DEVICE\"}"), 422,
                "error.invalidInput").getString("field"));
        JsonObject channel = error(rate(record, key.key(), "k6", "{\"level\":5,\"channel\":\"FAX\"}"), 422,
                "api.error.valueNotAllowed");
        assertEquals("channel", channel.getString("field"));
        assertTrue(channel.getString("message").contains("DEVICE"), "the allowed values are named");
        assertEquals("indicators", error(rate(record, key.key(), "k7",
                "{\"level\":5,\"channel\":\"DEVICE\",\"indicators\":{\"USABILITY\":5}}"), 422,
                "rating.indicator.notForChannel").getString("field"), "an online indicator for a service in person");
        assertEquals("channel", error(rate(record, key.key(), "k8", "{\"level\":5,\"channel\":\"PAPER\"}"), 422,
                "rating.paper.onlyByStaff").getString("field"));
        assertEquals("tags", error(rate(record, key.key(), "k9", "{\"level\":5,\"channel\":\"DEVICE\","
                + "\"tags\":[\"RUDE\"]}"), 422, "api.error.valueNotAllowed").getString("field"));
        assertFalse(json(get("service-records/" + record + "/rating", key.key())).getBoolean("rated"),
                "none of them stored anything");

        assertEquals("reference", error(post("service-records", key.key(), recordJson(" ", centre.unit(), "")), 422,
                "error.invalidInput").getString("field"));
        // a NUL, which PostgreSQL cannot store, is refused everywhere alike, in the caller's words
        assertEquals("reference", error(post("service-records", key.key(), recordJson("X\\u0000Y", centre.unit(), "")),
                422, "text.controlCharacters").getString("field"));
        assertEquals("servedAt", error(post("service-records", key.key(), recordJson(TestData.unique("WX-"),
                centre.unit(), "").replace("2026-11-21T09:30:00", "yesterday")), 422, "api.error.timeInvalid")
                .getString("field"));
        assertEquals("servedAt", error(post("service-records", key.key(), recordJson(TestData.unique("WX-"),
                centre.unit(), "").replace("2026-11-21T09:30:00", "2099-01-01T00:00:00")), 422,
                "serviceRecord.servedAt.future").getString("field"));
        Centre other = newCentre();
        assertEquals("unitId", error(post("service-records", key.key(), recordJson(TestData.unique("WX-"),
                other.unit(), "")), 422, "api.serviceRecord.unitUnknown").getString("field"),
                "another organisation's unit");
        assertEquals("windowCode", error(post("service-records", key.key(), recordJson(TestData.unique("WX-"),
                centre.otherUnit(), ",\"windowCode\":\"A03\"")), 422, "api.serviceRecord.windowOtherUnit")
                .getString("field"));
        assertEquals("staffUsername", error(post("service-records", key.key(), recordJson(TestData.unique("WX-"),
                centre.unit(), ",\"staffUsername\":\"nobody-" + System.nanoTime() + "\"")), 422,
                "api.serviceRecord.staffUsernameUnknown").getString("field"));

        HttpResponse<String> text = send(api("service-records").header("Authorization", "Bearer " + key.key())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
        error(text, 415, "api.error.unsupportedMediaType");
        JsonObject english = error(send(api("service-records/" + record + "/ratings")
                .header("Authorization", "Bearer " + key.key()).header("Content-Type", "application/json")
                .header("Accept-Language", "en").header("Idempotency-Key", "k10")
                .POST(HttpRequest.BodyPublishers.ofString("{\"level\":9,\"channel\":\"DEVICE\"}"))), 422,
                "error.invalidInput");
        assertTrue(english.getString("message").startsWith("Invalid input (level)"), english.getString("message"));
    }

    /**
     * What each request costs the database, as the API reports it ({@code X-SQL-Statements}, on in
     * the test servers): a warmed-up key's ping, a service recorded, and its rating. The budgets
     * are the counts of today: a change that adds a statement to these requests fails here.
     */
    @Test
    void theStatementsOfTheHotRequests() {
        Centre centre = newCentre();
        IssuedApiKey key = newKey(centre.organisation(), null, ApiRight.values());
        get("ping", key.key());
        long record = newRecord(centre, key.key());
        long another = newRecord(centre, key.key());
        HttpResponse<String> ping = get("ping", key.key());
        HttpResponse<String> created = post("service-records", key.key(),
                recordJson(TestData.unique("WX-"), centre.unit(), ",\"staffId\":" + centre.staff()));
        HttpResponse<String> rated = rate(record, key.key(), "s1", FIVE_STARS);
        HttpResponse<String> ratedToo = rate(another, key.key(), "s2", FIVE_STARS);
        HttpResponse<String> replayed = rate(record, key.key(), "s1", FIVE_STARS);
        HttpResponse<String> status = get("service-records/" + record + "/rating", key.key());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(201, rated.statusCode(), rated.body());
        assertEquals(201, ratedToo.statusCode(), ratedToo.body());
        assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(ping.headers().firstValue("X-SQL-Statements").isPresent(), "the count is reported");
        assertTrue(statements(created) > 0, "the count is reported");
        // each request may also note the key's time of use, once a minute: of two ratings a few
        // seconds apart, one at most
        assertTrue(statements(ping) <= 2, "ping: the key and its rights (none when the key was let in seconds"
                + " before), and at most once a minute the time of use: " + statements(ping));
        int rating = Math.min(statements(rated), statements(ratedToo));
        assertTrue(rating <= 6, "a rating: its key's check (none when let in seconds before), its service with"
                + " the key checked again, the service's ratings with the earlier one of its idempotency key, the"
                + " rating, its day's figures, its tags and its scores in batches: " + statements(rated) + ", "
                + statements(ratedToo));
        assertTrue(Math.max(statements(rated), statements(ratedToo)) <= 7, statements(rated) + ", "
                + statements(ratedToo));
        assertTrue(statements(created) <= 8, "a service recorded: " + statements(created));
        assertTrue(statements(status) <= 5, "a rating read back: its key's check, its service with the key"
                + " checked again, its ratings with their tags and scores: " + statements(status));
    }

    private static int statements(HttpResponse<String> response) {
        return Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElse("-1"));
    }

    @Test
    void aKeyWithoutTheRightIs403AndAnotherOrganisationsServiceIs404() {
        Centre centre = newCentre();
        IssuedApiKey full = newKey(centre.organisation(), null, ApiRight.values());
        IssuedApiKey readOnly = newKey(centre.organisation(), null, ApiRight.READ_RATINGS);
        long record = newRecord(centre, full.key());

        JsonObject refused = error(post("service-records", readOnly.key(), recordJson(TestData.unique("WX-"),
                centre.unit(), "")), 403, "api.error.rightMissing");
        assertTrue(refused.getString("message").contains("登记办件"), refused.getString("message"));
        error(rate(record, readOnly.key(), "r1", FIVE_STARS), 403, "api.error.rightMissing");
        assertEquals(200, get("service-records/" + record + "/rating", readOnly.key()).statusCode());
        // each refusal is in the audit trail, the key's label standing for the caller
        List<String> refusals = users.as(Role.AUDIT_ADMIN).call(() -> audit.search(
                new org.evaluation.api.audit.AuditQuery("Access", null, null, null), 0, 50)).rows().stream()
                .filter(e -> e.actor().equals("api:" + readOnly.label()))
                .map(e -> e.subjectId() + " " + e.after()).toList();
        assertEquals(2, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).startsWith("SUBMIT_RATINGS") && refusals.get(0).contains("/ratings"), refusals.toString());
        assertTrue(refusals.get(1).startsWith("CREATE_SERVICE_RECORDS"), refusals.toString());

        IssuedApiKey stranger = newKey(newCentre().organisation(), null, ApiRight.values());
        error(get("service-records/" + record + "/rating", stranger.key()), 404, "api.error.notFound");
        error(rate(record, stranger.key(), "s1", FIVE_STARS), 404, "api.error.notFound");
        error(get("service-records/" + Long.MAX_VALUE + "/rating", full.key()), 404, "api.error.notFound");
    }

    @Test
    void concurrentDuplicateSubmissionsStoreExactlyOneRating() throws Exception {
        Centre centre = newCentre();
        IssuedApiKey key = newKey(centre.organisation(), null, ApiRight.values());
        int threads = 20;

        long record = newRecord(centre, key.key());
        List<HttpResponse<String>> same = atOnce(threads, i -> rate(record, key.key(), "burst-1", FIVE_STARS));
        long firstId = -1;
        int fresh = 0;
        for (HttpResponse<String> r : same) {
            assertEquals(201, r.statusCode(), r.body());
            long id = json(r).getJsonNumber("ratingId").longValue();
            assertTrue(firstId == -1 || firstId == id, "every answer names the one rating");
            firstId = id;
            fresh += "false".equals(r.headers().firstValue("Idempotent-Replayed").orElseThrow()) ? 1 : 0;
        }
        assertEquals(1, fresh, "one request stored it, the others answered its result");
        assertEquals(firstId, json(get("service-records/" + record + "/rating", key.key())).getJsonObject("rating")
                .getJsonNumber("ratingId").longValue());

        long contested = newRecord(centre, key.key());
        List<HttpResponse<String>> different = atOnce(threads, i -> rate(contested, key.key(), "burst-2-" + i,
                FIVE_STARS.replace("\"level\":5", "\"level\":" + (i % 5 + 1))));
        List<HttpResponse<String>> created = different.stream().filter(r -> r.statusCode() == 201).toList();
        assertEquals(1, created.size(), different.stream().map(HttpResponse::statusCode).toList().toString());
        different.stream().filter(r -> r.statusCode() != 201).forEach(r -> error(r, 409, "rating.alreadyRated"));
        JsonObject status = json(get("service-records/" + contested + "/rating", key.key()));
        assertEquals(json(created.get(0)), status.getJsonObject("rating"), "the one stored is the one accepted");
    }

    private interface Call {
        HttpResponse<String> send(int i);
    }

    /** The same call from many threads released at once; the answers in order. */
    private List<HttpResponse<String>> atOnce(int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<HttpResponse<String>> task = () -> {
                    start.await();
                    return call.send(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The demo bureau: its 2025 cycle is closed, its 2026 cycle in publicity. */
    private long bureau() {
        return users.as(Role.HR).call(() -> organisations.organisations()).stream()
                .filter(o -> o.name().equals("市人力资源和社会保障局")).findFirst().orElseThrow().id();
    }

    @Test
    void payrollReadsAClosedCyclesFinalResultsPageByPage() {
        long bureau = bureau();
        IssuedApiKey key = newKey(bureau, null, ApiRight.READ_RESULTS);

        HttpResponse<String> listed = get("cycles", key.key());
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject closed = null;
        for (jakarta.json.JsonValue v : Json.createReader(new StringReader(listed.body())).readArray()) {
            JsonObject cycle = v.asJsonObject();
            if (cycle.getInt("year") == 2025) {
                closed = cycle;
            }
            if (cycle.getInt("year") == 2026) {
                assertEquals("PUBLICITY", cycle.getString("status"));
                assertEquals("公示中", cycle.getString("statusLabel"));
                assertFalse(cycle.getBoolean("resultsFinal"));
            }
        }
        assertNotNull(closed, listed.body());
        assertEquals("CLOSED", closed.getString("status"));
        assertTrue(closed.getBoolean("resultsFinal"));
        int participants = closed.getInt("participants");

        // three at a time: every participant once, in a stable order, none left out between pages
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; page * 3 < participants + 3; page++) {
            HttpResponse<String> answer = get("cycles/2025/results?size=3&page=" + page, key.key());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject body = json(answer);
            assertEquals(participants, body.getInt("total"), "the total counts every page");
            body.getJsonArray("results").forEach(r -> all.add(r.asJsonObject()));
        }
        assertEquals(participants, all.size());
        assertEquals(participants, all.stream().map(r -> r.getJsonNumber("personId").longValue()).distinct().count());
        assertTrue(all.stream().noneMatch(r -> r.getString("name").equals("谢明")),
                "who joined after the year is not a participant");

        JsonObject excellent = all.stream().filter(r -> r.getString("name").equals("戚红")).findFirst().orElseThrow();
        assertEquals("EXCELLENT", excellent.getString("grade"));
        assertEquals("优秀", excellent.getString("gradeLabel"));
        assertTrue(excellent.getJsonObject("consequences").getBoolean("commendation"), "嘉奖 for 优秀");
        assertFalse(excellent.isNull("acknowledged"), "she signed her result");
        assertFalse(excellent.getString("idNumber").isBlank());
        JsonObject basic = all.stream().filter(r -> r.getString("name").equals("喻强")).findFirst().orElseThrow();
        assertEquals("BASICALLY_COMPETENT", basic.getString("grade"));
        assertFalse(basic.getJsonObject("consequences").getBoolean("commendation"));
        assertEquals(0, basic.getJsonObject("consequences").getInt("qualifyingYears"), "基本称职 breaks the run");
        assertTrue(all.stream().filter(r -> !r.isNull("grade") && r.getString("grade").equals("EXCELLENT"))
                .allMatch(r -> r.getJsonObject("consequences").getBoolean("commendation")));

        HttpResponse<String> english = send(api("cycles/2025/results?size=500").header("Authorization",
                "Bearer " + key.key()).header("Accept-Language", "en").GET());
        assertTrue(english.body().contains("\"gradeLabel\":\"Excellent\""), english.body());

        // one unit and the units below it: a part of the whole
        long unit = all.get(0).getJsonNumber("unitId").longValue();
        JsonObject ofUnit = json(get("cycles/2025/results?size=500&unit=" + unit, key.key()));
        assertTrue(ofUnit.getInt("total") >= 1 && ofUnit.getInt("total") <= participants);
        assertTrue(ofUnit.getJsonArray("results").stream().anyMatch(r -> r.asJsonObject().getJsonNumber("personId")
                .longValue() == all.get(0).getJsonNumber("personId").longValue()));

        List<AuditEntryView> trail = users.as(Role.AUDIT_ADMIN).call(() -> audit.entries("ApiKey", 0, 100)).rows();
        assertTrue(trail.stream().anyMatch(e -> e.action().equals("readResults")
                        && e.subjectId().equals(String.valueOf(key.id())) && e.after().contains("2025")),
                "who read the results, and which, is kept");
    }

    @Test
    void resultsAreRefusedUntilFinalAndOnlyToTheOrganisationsKeysWithTheRight() {
        long bureau = bureau();
        IssuedApiKey key = newKey(bureau, null, ApiRight.READ_RESULTS);
        JsonObject notFinal = error(get("cycles/2026/results", key.key()), 409, "api.results.notFinal");
        assertTrue(notFinal.getString("message").contains("公示中"), notFinal.toString());
        error(get("cycles/1999/results", key.key()), 404, "api.error.notFound");
        assertEquals("size", error(get("cycles/2025/results?size=0", key.key()), 422, "api.results.pageInvalid")
                .getString("field"));
        assertEquals("page", error(get("cycles/2025/results?page=-1", key.key()), 422, "api.error.numberInvalid")
                .getString("field"));
        assertEquals("page", error(get("cycles/2025/results?page=x", key.key()), 422, "api.error.numberInvalid")
                .getString("field"));
        long strangersUnit = newCentre().unit();
        assertEquals("unit", error(get("cycles/2025/results?unit=" + strangersUnit, key.key()), 422,
                "api.results.unitUnknown").getString("field"));

        IssuedApiKey ratingsOnly = newKey(bureau, null, ApiRight.READ_RATINGS);
        error(get("cycles", ratingsOnly.key()), 403, "api.error.rightMissing");
        error(get("cycles/2025/results", ratingsOnly.key()), 403, "api.error.rightMissing");

        IssuedApiKey stranger = newKey(newOrganisation(), null, ApiRight.READ_RESULTS);
        HttpResponse<String> none = get("cycles", stranger.key());
        assertEquals(200, none.statusCode(), none.body());
        assertEquals("[]", none.body().strip(), "another organisation sees no cycle of the bureau");
        error(get("cycles/2025/results", stranger.key()), 404, "api.error.notFound");
    }

    @Test
    void theServerDescribesTheApi() {
        HttpResponse<String> openapi = send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + request.getLocalPort() + "/openapi")).header("Accept", "application/json").GET());
        assertEquals(200, openapi.statusCode(), openapi.body());
        JsonObject description = json(openapi);
        JsonObject paths = description.getJsonObject("paths");
        for (String endpoint : List.of("/api/v1", "/api/v1/ping", "/api/v1/service-records",
                "/api/v1/service-records/{id}/ratings", "/api/v1/service-records/{id}/rating", "/api/v1/cycles",
                "/api/v1/cycles/{year}/results")) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith(endpoint)), endpoint + " in " + paths.keySet());
        }
        JsonObject rate = paths.entrySet().stream().filter(p -> p.getKey().endsWith("/ratings")).findFirst()
                .orElseThrow().getValue().asJsonObject().getJsonObject("post");
        assertTrue(rate.getJsonObject("responses").keySet().containsAll(Set.of("201", "400", "401", "403", "404",
                "409", "422", "429")), rate.getJsonObject("responses").keySet().toString());
        assertTrue(rate.toString().contains("Idempotency-Key"));
        assertTrue(description.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearer"));
        assertTrue(description.getJsonObject("components").getJsonObject("schemas").containsKey("Error"));
    }

    @Test
    @RunAsClient
    void theAdministratorCreatesAKeySeesItOnceAndRevokesIt(@ArquillianResource URL base) {
        OnThePage.createUseAndRevoke(base);
    }

    /**
     * The browser steps, apart: the server loads this test class too, and it has no browser
     * classes, so nothing of the class itself may mention them.
     */
    static final class OnThePage {

        private OnThePage() {
        }

        static void createUseAndRevoke(URL base) {
            String name = TestData.unique("一楼评价器");
            HttpClient client = HttpClient.newHttpClient();
            try (Browser b = new Browser(base)) {
                b.signIn("admin", TestUsers.DEMO_PASSWORD);
                b.open("admin/api-keys.xhtml");
                b.waitForText("h1.app-title", "API 密钥");
                assertTrue(b.find(".app-nav-link.active").getText().contains("API 密钥"), "the menu shows the page");

                b.click("createForm:create");
                b.waitForText("#createForm", "请至少选择一项权限");

                b.type("createForm:name", name);
                b.choose("createForm:organisation", "市政务服务中心");
                b.click(Browser.labelOf("createForm:rights:1"));
                b.click(Browser.labelOf("createForm:rights:2"));
                b.type("createForm:ownLimit_input", "120");
                b.click("createForm:create");
                b.waitForText("#messages", name);
                String key = b.text("#issuedKey").strip();
                assertTrue(key.matches("evk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}"), key);
                String label = key.substring(0, 12);
                b.waitForText("#listForm\\:keys", label);
                String row = b.text("#listForm\\:keys");
                assertTrue(row.contains("提交评价") && row.contains("查询评价"), row);
                assertTrue(row.contains("每分钟 120 次"), row);
                assertFalse(row.contains(key.substring(13)), "the list never shows the secret");
                b.resize(360, 800);
                b.screenshot("admin-api-keys-360");
                b.resize(1440, 900);

                assertEquals(200, ping(client, base, key), "the key works as soon as it is created");

                b.click("issuedForm:forget");
                b.waitFor(d -> d.findElements(org.openqa.selenium.By.id("issuedKey")).isEmpty());
                b.open("admin/api-keys.xhtml");
                assertFalse(b.driver().getPageSource().contains(key.substring(13)), "shown once, never again");

                b.click(org.openqa.selenium.By.xpath("//*[@id='listForm:keys']//tbody/tr[contains(., '" + label + "')]"
                        + "//button[contains(@id, ':revoke')]"));
                b.click("confirmYes");
                b.waitForText("#messages", "已吊销");
                assertEquals(401, ping(client, base, key), "a revoked key is refused at once");
            }
        }

        private static int ping(HttpClient client, URL base, String key) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                                + "/api/v1/ping")).header("Authorization", "Bearer " + key).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
