package io.dateline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real browser (Debian's chromium, headless) against the running suite: log in, ingest
 * our samples (and ../shared/seeds when there) through the UI's forms, search, open a story, an
 * event, an entity and an article, and check what each page shows against the data; hostile
 * articles never run a script. Screenshots of every page go to target/screenshots.
 * Skipped without /usr/bin/chromium, unless CI=true (then it must run).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium", CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String READER_KEY = "suite-reader-key";
    static final String DENMARK = "Denmark to send frigate and F-16 jets to the Baltic region";
    static final Path SHOTS = Path.of("target/screenshots");

    static Suite suite;
    static ChromeDriver browser;

    /** A failed step leaves a picture of what the browser showed. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher FAILURES = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            try {
                if (browser != null) {
                    shot("failed-" + context.getRequiredTestMethod().getName());
                    Files.writeString(SHOTS.resolve("failed-" + context.getRequiredTestMethod().getName() + ".html"),
                            browser.getPageSource());
                }
            } catch (Exception ignored) {
                // the failure itself is what matters
            }
        }
    };
    static final List<String> pasted = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || Files.isExecutable(Path.of(CHROMIUM)),
                "no " + CHROMIUM + ": browser tests skipped (apt-get install chromium chromium-driver; CI=true requires them)");
        suite = Suite.start(Map.of(
                "DATELINE_API_KEYS", "suite:admin:" + Suite.sha256Hex(Suite.ADMIN_KEY) + ",viewer:reader:"
                        + Suite.sha256Hex(READER_KEY),
                "DATELINE_UI_INGEST_WAIT", "240s",
                "DATELINE_RATE_LIMIT_PER_SECOND", "1000"));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=en");
        // An alert left open is seen by the test rather than dismissed by the driver.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(300));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (suite != null) {
            suite.close();
        }
    }

    static void open(String path) {
        browser.get(suite.gateway() + path);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(150));
    }

    static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static void logIn(String key) {
        open("/ui/search");
        waiting().until(d -> d.getCurrentUrl().contains("/ui/login"));
        browser.findElement(By.id("key")).sendKeys(key, Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/ui/search"));
    }

    @Test
    @Order(1)
    void logsInWithAKeyThatNeverAppearsInAUrl() throws Exception {
        open("/ui/stories");
        waiting().until(d -> d.getCurrentUrl().contains("/ui/login"));
        assertThat(text("h1")).isEqualTo("Log in");
        shot("login");
        browser.findElement(By.id("key")).sendKeys("not-a-key", Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector(".error")).isEmpty());
        assertThat(text(".error")).contains("not valid");
        browser.findElement(By.id("key")).sendKeys(Suite.ADMIN_KEY, Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/ui/stories"));
        assertThat(text(".who")).isEqualTo("suite · admin");
        assertThat(browser.getCurrentUrl()).doesNotContain(Suite.ADMIN_KEY);
        assertThat(browser.manage().getCookieNamed("dateline_session").isHttpOnly()).isTrue();
        assertThat(browser.manage().getCookieNamed("dateline_session").getValue()).doesNotContain(Suite.ADMIN_KEY);
    }

    @Test
    @Order(2)
    void uploadsNdjsonWithAProgressBarAndPastesPages() throws Exception {
        Path root = Path.of(System.getProperty("dateline.root", "..")).toAbsolutePath().normalize();
        Path batch = Files.createTempFile("samples", ".ndjson");
        String denmark = Files.readString(root.resolve("samples/denmark-frigate-baltic.json")).replace('\n', ' ');
        Files.writeString(batch, denmark + "\n" + Files.readString(root.resolve("samples/baltic-week.ndjson")));
        long lines = Files.readAllLines(batch).stream().filter(l -> !l.isBlank()).count();
        open("/ui/ingest");
        browser.findElement(By.id("batch-file")).sendKeys(batch.toString());
        browser.findElement(By.cssSelector("#batch-form button")).click();
        waiting().until(d -> text("#batch-status").endsWith("done."));
        assertThat(text("#batch-status")).startsWith(lines + " of " + lines + " lines: " + lines + " stored");
        WebElement bar = browser.findElement(By.id("batch-progress"));
        assertThat(bar.getDomProperty("value")).isEqualTo(bar.getDomProperty("max")).isEqualTo(String.valueOf(lines));
        assertThat(browser.findElements(By.cssSelector("#batch-rows tr"))).hasSize((int) lines);
        shot("ingest-upload");

        List<Path> pages = new ArrayList<>(EndToEndIT.list(root.resolve("samples")).stream()
                .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).toList());
        pages.addAll(EndToEndIT.list(root.resolve("../shared/seeds")));
        for (Path page : pages) {
            pasted.add(paste(Files.readString(page, StandardCharsets.UTF_8), "", ""));
            assertThat(text(".notice")).as(page.toString()).contains("Stored as a new article; its events were extracted");
            assertThat(text("h1")).as(page.toString()).isNotBlank().isNotEqualTo("Untitled article");
        }
    }

    /** Pastes a page into the ingest form; answers the article page's path it leads to. */
    static String paste(String content, String title, String url) {
        open("/ui/ingest");
        WebElement area = browser.findElement(By.id("content"));
        // Typing pages of text key by key is slow; the value is set as a paste would set it.
        browser.executeScript("arguments[0].value = arguments[1];", area, content);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("url")), url);
        browser.findElement(By.cssSelector("form.ingest button")).click();
        // The page answers once the article's events are extracted: slow on a busy machine's first articles.
        new WebDriverWait(browser, Duration.ofSeconds(300)).until(d -> d.getCurrentUrl().contains("/ui/articles/")
                || !d.findElements(By.cssSelector(".error")).isEmpty() || d.findElements(By.id("main")).isEmpty());
        assertThat(browser.findElements(By.id("main"))).as("a UI page after ingesting: %s", browser.getPageSource()).isNotEmpty();
        return browser.getCurrentUrl().replace(suite.gateway(), "");
    }

    @Test
    @Order(3)
    void searchFindsArticlesWithTheirHitsMarkedAndFilters() throws Exception {
        open("/ui/search");
        browser.findElement(By.id("q")).sendKeys("frigate", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("q=frigate"));
        assertThat(texts(".result h2")).contains(DENMARK);
        assertThat(texts(".result mark")).isNotEmpty().allSatisfy(m -> assertThat(m.toLowerCase()).startsWith("frigate"));
        shot("search");
        browser.findElement(By.id("source")).sendKeys("nowhere.example");
        browser.findElement(By.id("duplicates")).click();
        browser.findElement(By.cssSelector("form.search button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("duplicates=on"));
        assertThat(text(".count")).isEqualTo("No articles found.");
        assertThat(browser.findElement(By.id("duplicates")).isSelected()).isTrue();
    }

    @Test
    @Order(4)
    void aStoryShowsItsTimelineEventsSourcesAndArticles() throws Exception {
        open("/ui/stories");
        assertThat(texts(".story-item h2")).isNotEmpty();
        shot("stories");
        openArticle(DENMARK);
        browser.findElement(By.partialLinkText("Story:")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/ui/stories/"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonPath story = api("/api/v1/stories/" + id);
        assertThat(text("h1")).isEqualTo(story.getString("title"));
        assertThat(texts("#h-articles + ul li a")).containsAll(story.getList("articles.title"));
        assertThat(texts("#h-sources + ul li")).anySatisfy(s -> assertThat(s).startsWith("samples.dateline.local"));
        List<Map<String, Object>> events = story.getList("events");
        assertThat(browser.findElements(By.cssSelector("ol.events li a"))).hasSize(events.size());
        long dated = events.stream().filter(e -> e.get("date") != null).count();
        assertThat(browser.findElements(By.cssSelector(".timeline svg circle"))).hasSize((int) dated).isNotEmpty();
        assertThat(texts(".timeline .lane-label")).contains("mobilize");
        shot("story");
    }

    @Test
    @Order(5)
    void anEventShowsWhoDidWhatToWhomWhereAndWhenWithItsEvidence() throws Exception {
        openArticle(DENMARK);
        browser.findElement(By.cssSelector("ol.events li a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/ui/events/"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonPath event = api("/api/v1/events/" + id);
        Map<String, String> facts = facts();
        assertThat(facts.keySet()).contains("Who", "What", "Whom", "Where", "When", "Quantity", "Modality", "Negated");
        assertThat(facts.get("What")).startsWith(event.getString("type").toLowerCase());
        assertThat(facts.get("Who")).isEqualTo(event.getString("actor.name") == null ? "not stated" : event.getString("actor.name"));
        assertThat(facts.get("Modality")).isEqualTo(event.getString("modality"));
        assertThat(facts.get("Negated")).isEqualTo(event.getBoolean("negated") ? "yes" : "no");
        assertThat(texts(".mentions blockquote")).containsExactlyElementsOf(event.getList("mentions.sentence"));
        assertThat(texts(".mentions .meta")).allSatisfy(m -> assertThat(m).contains("samples.dateline.local"));
        shot("event");
        browser.findElement(By.cssSelector(".mentions .meta a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/ui/articles/"));
    }

    @Test
    @Order(6)
    void anEntityShowsItsNamesTimelineAndQuotes() throws Exception {
        open("/ui/entities/country:DNK");
        assertThat(text("h1")).isEqualTo("Denmark");
        JsonPath profile = api("/api/v1/entities/country:DNK");
        assertThat(browser.findElements(By.cssSelector("#h-actor + ol li a"))).hasSize(profile.getList("asActor").size())
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".timeline svg circle"))).isNotEmpty();
        assertThat(texts(".timeline .lane-label")).contains("as actor");
        shot("entity");
        JsonPath quotes = api("/api/v1/quotes?q=ready");
        String speaker = quotes.getString("items[0].speaker.id");
        open("/ui/entities/" + speaker);
        assertThat(text("h1")).isEqualTo(quotes.getString("items[0].speaker.name"));
        assertThat(texts(".quotes blockquote")).anySatisfy(q -> assertThat(q).contains("We are ready to contribute"));
        shot("entity-quotes");
    }

    @Test
    @Order(7)
    void theReaderMarksEntitiesTimesAndQuotesAndShowsTheRawInput() throws Exception {
        openArticle(DENMARK);
        WebElement denmark = browser.findElements(By.cssSelector(".article-text a.entity")).stream()
                .filter(e -> e.getText().equals("Denmark")).findFirst().orElseThrow();
        assertThat(denmark.getAttribute("title")).contains("country:DNK");
        assertThat(browser.findElements(By.cssSelector(".article-text .time"))).anySatisfy(t ->
                assertThat(t.getAttribute("title")).startsWith("Date: 2022-01-2"));
        assertThat(texts(".article-text .quote")).anySatisfy(q -> assertThat(q).contains("ready to contribute"));
        assertThat(texts("#h-events + ol li")).anySatisfy(e -> assertThat(e).startsWith("MOBILIZE"));
        assertThat(texts(".lead dt")).contains("Who", "What", "When", "Where");
        assertThat(text(".article-text")).startsWith("COPENHAGEN");
        shot("article");
        browser.findElement(By.linkText("Show the original input")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/raw"));
        assertThat(text("pre.raw")).contains("\"publishedAt\": \"2022-01-24T09:30:00Z\"");
    }

    @Test
    @Order(8)
    void hostileArticlesNeverRunAScript() throws Exception {
        String title = "Hostile <script>window.__pwned='title';document.title='pwned'</script><img src=x onerror=\"window.__pwned='img-title'\">";
        String text = """
                COPENHAGEN - Denmark will send a frigate <script>window.__pwned='text';alert('text')</script> to the Baltic Sea,
                the ministry said on Monday. <img src=x onerror="window.__pwned='img';alert('img')"> <svg onload="window.__pwned='svg'">
                <a href="javascript:window.__pwned='link'">read more</a> "We will not be pushed <b onmouseover=alert(1)>around</b>," a spokesman said.
                """;
        String article = paste(text, title, "https://hostile.example/news?next=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(article).startsWith("/ui/articles/");
        assertUntouched();
        assertThat(text("h1")).isEqualTo(title);
        assertThat(text(".article-text")).contains("<script>window.__pwned='text';alert('text')</script>");
        shot("hostile-article");
        browser.findElement(By.linkText("Show the original input")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/raw"));
        assertUntouched();
        assertThat(text("pre.raw")).contains("<img src=x onerror=");

        String html = "<html><head><title>Hostile page <script>window.__pwned='head'</script></title>"
                + "<meta name=\"author\" content=\"Jane &lt;img src=x onerror=window.__pwned='author'&gt; Doe\"></head>"
                + "<body><article><h1>Hostile page <img src=x onerror=\"window.__pwned='h1'\"></h1>"
                + "<p>By Jane Doe &lt;script&gt;window.__pwned='byline'&lt;/script&gt;</p>"
                + "<p>COPENHAGEN - Denmark said on Tuesday it would send &lt;script&gt;alert('escaped')&lt;/script&gt; "
                + "two ships to the Baltic Sea. <a href=\"javascript:alert('a')\">More</a></p></article></body></html>";
        // The service refuses a url that is not http(s), or the page never renders it as a link.
        paste(html, "", "javascript:window.__pwned='url'");
        assertUntouched();
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        paste(html, "", "");
        assertUntouched();
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        shot("hostile-html");

        open("/ui/search?q=hostile");
        assertUntouched();
        assertThat(texts(".result h2")).contains(title);
        shot("hostile-search");
        for (String page : List.of("/ui/stories", "/ui/entities/country:DNK", "/ui/entities?q=Den")) {
            open(page);
            assertUntouched();
        }
    }

    /** No payload ran: no flag set, the document's title is ours, and no dialog opened. */
    static void assertUntouched() {
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(browser.getTitle()).endsWith("· Dateline").isNotEqualTo("pwned");
        try {
            String alert = browser.switchTo().alert().getText();
            throw new AssertionError("a dialog opened: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    @Order(9)
    void readersBrowseButMayNotIngestAndLogoutEndsTheSession() throws Exception {
        browser.findElement(By.cssSelector(".logout button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/ui/login"));
        logIn(READER_KEY);
        assertThat(text(".who")).isEqualTo("viewer · reader");
        assertThat(texts("nav a")).containsExactly("Search", "Stories", "Entities");
        open("/ui/ingest");
        assertThat(text("h1")).isEqualTo("Not allowed");
        assertThat(text(".error")).contains("editor or admin");
        shot("reader-ingest-403");
        browser.findElement(By.cssSelector(".logout button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/ui/login"));
        open("/ui/stories");
        assertThat(browser.getCurrentUrl()).contains("/ui/login");
    }

    @Test
    @Order(10)
    void pagesFitAPhoneAndStartWithASkipLink() throws Exception {
        logIn(Suite.ADMIN_KEY);
        // A phone's screen, as Chrome's device emulation gives it (the viewport meta tag applies).
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            for (String page : List.of("/ui/search?q=frigate", pasted.isEmpty() ? "/ui/stories" : pasted.get(0),
                    "/ui/entities/country:DNK", "/ui/ingest")) {
                open(page);
                Object wide = browser.executeScript("""
                        const width = document.documentElement.clientWidth;
                        return [...document.querySelectorAll('body *')]
                            .filter(e => e.getBoundingClientRect().right > width + 1)
                            .map(e => e.tagName + '.' + e.className).slice(0, 5).join(', ');""");
                assertThat((String) wide).as("wider than a phone on %s", page).isEmpty();
            }
            openArticle(DENMARK);
            shot("phone-article");
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement first = browser.switchTo().activeElement();
            assertThat(first.getText()).isEqualTo("Skip to content");
            first.sendKeys(Keys.ENTER);
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    static void openArticle(String title) {
        open("/ui/search?q=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8));
        browser.findElement(By.linkText(title)).click();
        waiting().until(d -> d.getCurrentUrl().contains("/ui/articles/"));
    }

    static Map<String, String> facts() {
        List<WebElement> terms = browser.findElements(By.cssSelector("dl.facts dt"));
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (WebElement dt : terms) {
            facts.put(dt.getText(), dt.findElement(By.xpath("following-sibling::dd[1]")).getText());
        }
        return facts;
    }

    static JsonPath api(String path) {
        return RestAssured.given().baseUri(suite.gateway()).header("X-API-Key", Suite.ADMIN_KEY).get(path)
                .then().statusCode(200).extract().jsonPath();
    }
}
