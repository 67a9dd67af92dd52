package org.evaluation.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Calls a fixture servlet of the test archive from a browser test, which runs outside the server:
 * the servlet builds what the walk needs through the services and answers ids or names as text.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The answer of {@code path} (with its query) under the application's address; it must be 200. */
    public static String get(URL base, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}
