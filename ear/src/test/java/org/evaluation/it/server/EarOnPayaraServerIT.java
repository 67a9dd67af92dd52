package org.evaluation.it.server;

import org.evaluation.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real EAR, deployed to Payara Server 6 as an operator would deploy it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarOnPayaraServerIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(base.toString()).resolve("/").resolve(path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSignInPageRendersInChinese() throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("公务员年度考核与服务评价平台"), "product name");
        assertTrue(page.body().contains("id=\"signIn:username\""), "user name field");
        assertTrue(page.body().contains("id=\"signIn:password\""), "password field");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void theHealthEndpointReportsTheDatabaseReady() throws IOException, InterruptedException {
        HttpResponse<String> health = get("health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }

    @Test
    void aProtectedPageSendsTheVisitorToSignIn() throws IOException, InterruptedException {
        HttpResponse<String> page = get("hr/home.xhtml");
        assertTrue(page.statusCode() == 302 || page.statusCode() == 303, "status " + page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }
}
