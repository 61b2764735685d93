package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.reporting.CategoryCounts;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Drives headless Chromium through {@code vigil serve}: the figures the page shows equal those of
 * its JSON, the form changes the date and the language, and the page is photographed at desktop
 * and phone widths. The browser is required: without {@code chromium} and {@code chromedriver}
 * (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs) the
 * test fails.
 */
class BrowserJarTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("vigil.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("vigil.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void thePageShowsTheFiguresOfItsJsonInBothLanguagesAndAfterTheDateChanges() throws Exception {
    assumeTrue(JarProcess.available(), "runs in the integration-test phase");
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
            + ": apt-get install -y chromium chromium-driver (.ci/run does)");
    long started = System.nanoTime();
    Files.createDirectories(SHOTS);
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarProcess.JAR.toString(), "serve", "--port", "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--hide-scrollbars", "--lang=en-US");
    try {
      String base = baseUrl(serve);
      ChromeDriver browser = new ChromeDriver(service, options);
      try {
        drive(browser, base, started);
      } finally {
        browser.quit();
      }
    } finally {
      service.stop();
      serve.destroy();
      if (!serve.waitFor(10, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  private static void drive(WebDriver browser, String base, long started) throws Exception {
      browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));

      browser.get(base);
      assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
      JsonNode json = json(base + "report");
      int compared = sameFigures(browser, json);
      assertTrue(compared >= 6 + CategoryCounts.REPORT_ORDER.size(), "figures compared: " + compared);
      shoot(browser, "report-en-desktop", 1280, 1000);
      shoot(browser, "report-en-phone", 390, 844);
      browser.manage().window().setSize(new Dimension(1280, 1000));

      // an earlier date, through the form
      String earlier = "2026-01-08";
      ((JavascriptExecutor) browser)
          .executeScript("document.getElementById('asOf').value = arguments[0];", earlier);
      browser.findElement(By.id("show")).click();
      waitFor(browser, () -> browser.findElement(By.id("dateline")).getText().contains(earlier));
      // the JSON of the same query: the form sends the known-on date and the sources too
      JsonNode earlierJson = json(base + "report?" + URI.create(String.valueOf(browser.getCurrentUrl())).getRawQuery());
      assertEquals(earlier, earlierJson.get("asOf").asText());
      sameFigures(browser, earlierJson);

      // in Spanish
      browser.findElement(By.cssSelector("#lang option[value=es]")).click();
      browser.findElement(By.id("show")).click();
      waitFor(browser, () -> "es".equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
      String title = String.valueOf(browser.getTitle());
      assertTrue(title.startsWith("Informe"), title);
      assertTrue(browser.findElement(By.id("dateline")).getText().contains(earlier));
      sameFigures(browser, earlierJson);
      browser.get(base + "?lang=es");
      sameFigures(browser, json);
      shoot(browser, "report-es-desktop", 1280, 1000);
      shoot(browser, "report-es-phone", 390, 844);

      // a bad date is refused with a plain message, not a stack trace
      Response bad = get(base + "report?asOf=%3Cscript%3E");
      assertEquals(400, bad.status());
      assertTrue(bad.body().startsWith("asOf: "), bad.body()); // plain text, served as text/plain
      assertFalse(bad.body().contains("Exception"), bad.body());
      System.out.printf(
          "browser test: %d figures of the page equal to the JSON, %.1f s%n",
          compared, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Checks that every headline figure ({@code data-figure}, a JSON pointer) and every category of
   * the categories table equals the JSON, and returns how many were compared.
   */
  private static int sameFigures(WebDriver browser, JsonNode json) {
    int n = 0;
    List<WebElement> figures = browser.findElements(By.cssSelector("[data-figure]"));
    assertTrue(figures.size() >= 6, "headline figures: " + figures.size());
    for (WebElement e : figures) {
      String pointer = String.valueOf(e.getAttribute("data-figure"));
      JsonNode expected = json.at(pointer);
      assertFalse(expected.isMissingNode(), pointer);
      assertEquals(expected.asLong(), number(e.getText()), pointer + " shows " + e.getText());
      n++;
    }
    List<WebElement> rows = browser.findElements(By.cssSelector("#categories tbody tr"));
    List<FreedomCategory> order = CategoryCounts.REPORT_ORDER;
    assertEquals(order.size() + 1, rows.size(), "eight categories and the total");
    for (int i = 0; i < order.size(); i++) {
      WebElement count = rows.get(i).findElements(By.tagName("td")).get(0);
      assertEquals(
          json.get("categories").get(order.get(i).name()).asLong(),
          number(count.getText()),
          order.get(i) + " shows " + count.getText());
      n++;
    }
    return n;
  }

  /** Reads a figure as shown, in either language: 1,234 or 1.234. */
  private static long number(String shown) {
    String digits = shown.replaceAll("[^0-9]", "");
    assertFalse(digits.isEmpty(), "not a number: " + shown);
    return Long.parseLong(digits);
  }

  private static void shoot(WebDriver browser, String name, int width, int height) throws IOException {
    browser.manage().window().setSize(new Dimension(width, height));
    File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    Long scroll =
        (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    assertTrue(scroll != null && scroll <= width, name + ": the page is wider than the window: " + scroll);
  }

  private static void waitFor(WebDriver browser, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out on " + browser.getCurrentUrl());
      }
      Thread.sleep(50);
    }
  }

  /** Returns the URL {@code vigil serve} prints on its first line. */
  private static String baseUrl(Process serve) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null) {
      throw new AssertionError("vigil serve exited with " + waitExit(serve));
    }
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/").matcher(line);
    assertTrue(m.find(), line);
    return m.group();
  }

  private static String waitExit(Process p) {
    try {
      return p.waitFor(10, TimeUnit.SECONDS) ? String.valueOf(p.exitValue()) : "(still running)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }

  private static JsonNode json(String url) throws IOException {
    Response r = get(url);
    assertEquals(200, r.status(), r.body());
    return JSON.readTree(r.body());
  }

  private record Response(int status, String body) {}

  private static Response get(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    try {
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        return new Response(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      c.disconnect();
    }
  }
}
