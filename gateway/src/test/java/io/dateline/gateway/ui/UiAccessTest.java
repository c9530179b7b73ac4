package io.dateline.gateway.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.gateway.ApiKeyForTests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The UI's door and forms with no service behind the gateway: login and logout, the cookie's flags,
 * the security headers, CSRF refusals and the editor-only ingest page.
 */
@QuarkusTest
class UiAccessTest {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(token|csrf)\" value=\"([^\"]+)\"");

    record Login(String token, String cookie) {
    }

    static Login loginForm() {
        ExtractableResponse<Response> form = given().get("/ui/login").then().statusCode(200).extract();
        return new Login(hidden(form.asString(), "token"), form.cookie(LoginPages.LOGIN_COOKIE));
    }

    static String hidden(String html, String name) {
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no hidden field " + name + " in " + html);
    }

    static ExtractableResponse<Response> login(String key, String... headers) {
        Login form = loginForm();
        var request = given().redirects().follow(false).cookie(LoginPages.LOGIN_COOKIE, form.cookie())
                .formParam("key", key).formParam("token", form.token()).formParam("next", "/ui/stories");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.post("/ui/login").then().extract();
    }

    static String session(String key) {
        ExtractableResponse<Response> ok = login(key);
        assertThat(ok.statusCode()).isEqualTo(303);
        return ok.cookie(SessionCookies.NAME);
    }

    @Test
    void pagesNeedALoginAndTheRootLeadsToTheUi() {
        given().redirects().follow(false).get("/ui/stories?q=x").then().statusCode(303)
                .header("Location", "/ui/login?next=%2Fui%2Fstories%3Fq%3Dx");
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", "/ui/search");
        given().redirects().follow(false).cookie(SessionCookies.NAME, "forged.value").get("/ui/search")
                .then().statusCode(303);
    }

    @Test
    void everyUiAnswerCarriesStrictSecurityHeaders() {
        for (String path : List.of("/ui/login", "/ui/assets/ui.css", "/ui/search")) {
            ExtractableResponse<Response> r = given().redirects().follow(false).get(path).then().extract();
            assertThat(r.header("Content-Security-Policy")).as(path).contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").contains("default-src 'none'").doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
        assertThat(given().get("/ui/assets/ui.js").then().statusCode(200).extract().contentType()).contains("javascript");
    }

    @Test
    void aGoodKeyOpensASessionWhoseCookieIsHttpOnlyStrictAndNeverHoldsTheKey() {
        ExtractableResponse<Response> ok = login(ApiKeyForTests.READER);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.header("Location")).endsWith("/ui/stories");
        String setCookie = ok.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.NAME + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/ui")
                .doesNotContain("Secure").doesNotContain(ApiKeyForTests.READER);
        assertThat(java.util.Base64.getUrlDecoder().decode(ok.cookie(SessionCookies.NAME).split("\\.")[0]))
                .asString().doesNotContain(ApiKeyForTests.READER);
        String https = login(ApiKeyForTests.READER, "X-Forwarded-Proto", "https").headers().getValues("Set-Cookie")
                .stream().filter(c -> c.startsWith(SessionCookies.NAME + "=")).findFirst().orElseThrow();
        assertThat(https).contains("Secure");
    }

    @Test
    void aWrongKeyOrAStaleLoginFormIsRefused() {
        assertThat(login("not-a-key").statusCode()).isEqualTo(401);
        assertThat(login("not-a-key").cookie(SessionCookies.NAME)).isNull();
        Login form = loginForm();
        given().cookie(LoginPages.LOGIN_COOKIE, form.cookie()).formParam("key", ApiKeyForTests.ADMIN)
                .formParam("token", "forged").post("/ui/login").then().statusCode(403);
        given().formParam("key", ApiKeyForTests.ADMIN).formParam("token", form.token()).post("/ui/login")
                .then().statusCode(403);
    }

    @Test
    void loginOnlyEverSendsYouToAPageOfTheUi() {
        assertThat(LoginPages.localPage("//evil.example/ui")).isEqualTo("/ui/search");
        assertThat(LoginPages.localPage("https://evil.example/")).isEqualTo("/ui/search");
        assertThat(LoginPages.localPage("/ui/..//evil.example")).isEqualTo("/ui/search");
        assertThat(LoginPages.localPage("/ui/articles/1?x=2")).isEqualTo("/ui/articles/1?x=2");
    }

    @Test
    void ingestIsForEditorsAndAdminsOnly() {
        String reader = session(ApiKeyForTests.READER);
        String page = given().cookie(SessionCookies.NAME, reader).get("/ui/ingest").then().statusCode(403).extract().asString();
        assertThat(page).contains("editor or admin");
        given().cookie(SessionCookies.NAME, reader).formParam("csrf", hidden(page, "csrf")).formParam("content", "A text.")
                .post("/ui/ingest").then().statusCode(403);
        given().cookie(SessionCookies.NAME, reader).header(UiDoor.CSRF_HEADER, hidden(page, "csrf"))
                .contentType("application/x-ndjson").body("{}\n".getBytes()).post("/ui/ingest/batch").then().statusCode(403);
        String editor = session(ApiKeyForTests.EDITOR);
        String form = given().cookie(SessionCookies.NAME, editor).get("/ui/ingest").then().statusCode(200).extract().asString();
        assertThat(form).contains("name=\"content\"").contains("batch-progress");
    }

    @Test
    void aPastedPageOfManyKilobytesReachesTheIngestCall() {
        String editor = session(ApiKeyForTests.EDITOR);
        String form = given().cookie(SessionCookies.NAME, editor).get("/ui/ingest").then().extract().asString();
        // No articles service here: getting as far as calling it shows as 503, not 413 or a dropped form.
        String page = given().cookie(SessionCookies.NAME, editor).formParam("csrf", hidden(form, "csrf"))
                .formParam("content", "Denmark will send a frigate to the Baltic Sea. ".repeat(400))
                .post("/ui/ingest").then().statusCode(503).contentType("text/html").extract().asString();
        assertThat(page).contains("unavailable");
    }

    @Test
    void formsWithoutTheSessionsTokenAreRefused() {
        String editor = session(ApiKeyForTests.EDITOR);
        given().cookie(SessionCookies.NAME, editor).formParam("content", "Denmark sends a frigate.")
                .post("/ui/ingest").then().statusCode(403);
        given().cookie(SessionCookies.NAME, editor).formParam("csrf", "forged").formParam("content", "Denmark sends a frigate.")
                .post("/ui/ingest").then().statusCode(403);
        given().cookie(SessionCookies.NAME, editor).contentType("application/x-ndjson").body("{}\n".getBytes())
                .post("/ui/ingest/batch").then().statusCode(403);
        given().cookie(SessionCookies.NAME, editor).redirects().follow(false).post("/ui/logout").then().statusCode(403);
    }

    @Test
    void logoutEndsTheSession() {
        String admin = session(ApiKeyForTests.ADMIN);
        String page = given().cookie(SessionCookies.NAME, admin).get("/ui/ingest").then().statusCode(200).extract().asString();
        ExtractableResponse<Response> out = given().cookie(SessionCookies.NAME, admin).redirects().follow(false)
                .formParam("csrf", hidden(page, "csrf")).post("/ui/logout").then().statusCode(303).extract();
        assertThat(out.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith(SessionCookies.NAME + "=;")
                && c.contains("Max-Age=0"));
        given().cookie(SessionCookies.NAME, admin).redirects().follow(false).get("/ui/ingest").then().statusCode(303);
    }

    @Test
    void anUnknownPageIsAnHtmlPageAndTheApiKeepsProblemJson() {
        String reader = session(ApiKeyForTests.READER);
        given().cookie(SessionCookies.NAME, reader).get("/ui/nothing-here").then().statusCode(404).contentType("text/html");
        given().header("X-API-Key", ApiKeyForTests.READER).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownGivesAnHtmlPageNotAStackTrace() {
        String reader = session(ApiKeyForTests.READER);
        String page = given().cookie(SessionCookies.NAME, reader).get("/ui/stories").then().statusCode(503)
                .contentType("text/html").extract().asString();
        assertThat(page).contains("unavailable").contains("Log out");
    }
}
