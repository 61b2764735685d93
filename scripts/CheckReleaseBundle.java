import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks a Central Portal bundle (central-bundle.zip) against what the Portal requires and what
 * Vigil promises its users; prints every file of the bundle and exits 1 on the first list of
 * problems.
 *
 * <pre>java scripts/CheckReleaseBundle.java BUNDLE VERSION LICENSE artifactId:packaging...</pre>
 *
 * <p>For every expected module: the POM, and for a jar module the jar, the sources jar and the
 * Javadoc jar; each file with a .asc signature that gpg verifies and .md5 and .sha1 checksums
 * that match. Every POM names the project, describes it, and carries its url, licence,
 * developers and scm, and no SNAPSHOT; the BOM has no parent and lists every published jar
 * module at the release version; every jar holds META-INF/LICENSE equal to the repository's and
 * every main jar is a module (module-info.class, or a manifest's Automatic-Module-Name of
 * Vigil's). No other artifact is in the bundle.
 */
public final class CheckReleaseBundle {
  private static final String GROUP_PATH = "io/github/vigil/";
  private static final String URL = "https://github.com/vigil/vigil";

  private final Set<String> problems = new LinkedHashSet<>();

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: CheckReleaseBundle BUNDLE VERSION LICENSE artifactId:packaging...");
      System.exit(2);
    }
    Path bundle = Path.of(args[0]);
    String version = args[1];
    byte[] license = Files.readAllBytes(Path.of(args[2]));
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 3; i < args.length; i++) {
      String[] parts = args[i].split(":", 2);
      expected.put(parts[0], parts[1]);
    }
    CheckReleaseBundle check = new CheckReleaseBundle();
    check.run(bundle, version, license, expected);
    if (!check.problems.isEmpty()) {
      System.err.println("The release bundle is not ready for Central:");
      check.problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println("The release bundle holds " + expected.size()
        + " modules, each complete, signed and checksummed.");
  }

  private void run(Path bundle, String version, byte[] license, Map<String, String> expected)
      throws Exception {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (!e.isDirectory()) {
          try (InputStream in = zip.getInputStream(e)) {
            files.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    files.keySet().forEach(name -> System.out.println("  " + name));

    TreeSet<String> artifacts = new TreeSet<>();
    for (String name : files.keySet()) {
      if (!name.startsWith(GROUP_PATH)) {
        problems.add(name + " is outside " + GROUP_PATH);
        continue;
      }
      String[] parts = name.substring(GROUP_PATH.length()).split("/");
      if (parts.length != 3 || !parts[1].equals(version)) {
        problems.add(name + " is not in artifactId/" + version + "/");
        continue;
      }
      artifacts.add(parts[0]);
    }
    if (!artifacts.equals(new TreeSet<>(expected.keySet()))) {
      problems.add("the bundle holds " + artifacts + ", expected " + new TreeSet<>(expected.keySet()));
    }

    for (Map.Entry<String, String> module : expected.entrySet()) {
      String artifactId = module.getKey();
      String base = GROUP_PATH + artifactId + "/" + version + "/" + artifactId + "-" + version;
      List<String> main = new ArrayList<>(List.of(base + ".pom"));
      if (module.getValue().equals("jar")) {
        main.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
      }
      for (String file : main) {
        checkSignedAndSummed(files, file);
      }
      if (files.containsKey(base + ".pom")) {
        checkPom(artifactId, files, version, module.getValue(), expected);
      }
      if (module.getValue().equals("jar")) {
        for (String jar : main.subList(1, main.size())) {
          if (files.containsKey(jar)) {
            checkJar(jar, files.get(jar), license, jar.equals(base + ".jar"));
          }
        }
      }
    }
    // Nothing unsigned or unsummed beyond the expected files (an attached classifier, say).
    for (String name : files.keySet()) {
      if (!name.matches(".*\\.(asc|md5|sha1|sha256|sha512)$")) {
        checkSignedAndSummed(files, name);
      }
    }
  }

  private void checkSignedAndSummed(Map<String, byte[]> files, String file) throws Exception {
    byte[] content = files.get(file);
    if (content == null) {
      problems.add("missing " + file);
      return;
    }
    for (String[] sum : new String[][] {{".md5", "MD5"}, {".sha1", "SHA-1"}}) {
      byte[] expected = files.get(file + sum[0]);
      if (expected == null) {
        problems.add("missing " + file + sum[0]);
      } else if (!new String(expected, StandardCharsets.US_ASCII).trim().startsWith(digest(sum[1], content))) {
        problems.add(file + sum[0] + " does not match the file");
      }
    }
    byte[] signature = files.get(file + ".asc");
    if (signature == null) {
      problems.add("missing " + file + ".asc");
    } else if (!gpgVerifies(content, signature)) {
      problems.add(file + ".asc is not a valid signature of the file");
    }
  }

  private static String digest(String algorithm, byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
  }

  private static boolean gpgVerifies(byte[] content, byte[] signature) throws Exception {
    Path dir = Files.createTempDirectory("vigil-bundle-check");
    try {
      Path data = Files.write(dir.resolve("data"), content);
      Path asc = Files.write(dir.resolve("data.asc"), signature);
      Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), data.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!gpg.waitFor(60, TimeUnit.SECONDS)) {
        gpg.destroyForcibly();
        return false;
      }
      return gpg.exitValue() == 0;
    } finally {
      for (String f : new String[] {"data", "data.asc"}) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.delete(dir);
    }
  }

  private void checkPom(String artifactId, Map<String, byte[]> files, String version,
      String packaging, Map<String, String> expected) throws Exception {
    Document doc = parse(files.get(pomPath(artifactId, version)));
    if (new String(files.get(pomPath(artifactId, version)), StandardCharsets.UTF_8).contains("SNAPSHOT")) {
      problems.add(artifactId + ".pom names a SNAPSHOT");
    }
    // Central reads the metadata as Maven does: from the POM, or inherited from its parent (here,
    // vigil-parent in the same bundle), with the module's artifactId appended to inherited urls
    // unless the parent says not to (child.*.inherit.append.path="false").
    String parentArtifactId = text(doc, "parent/artifactId");
    Document parent = null;
    if (!parentArtifactId.isEmpty()) {
      byte[] parentPom = files.get(pomPath(parentArtifactId, text(doc, "parent/version")));
      if (parentPom == null || !text(doc, "parent/groupId").equals("io.github.vigil")) {
        problems.add(artifactId + ".pom has a parent outside the bundle: " + parentArtifactId);
      } else {
        parent = parse(parentPom);
      }
    }
    Map<String, String> required = new LinkedHashMap<>();
    required.put("name", null);
    required.put("description", null);
    required.put("url", URL);
    required.put("licenses/license/name", "Apache-2.0");
    required.put("licenses/license/url", "https://www.apache.org/licenses/LICENSE-2.0.txt");
    required.put("developers/developer/name", null);
    required.put("scm/url", URL);
    required.put("scm/connection", "scm:git:" + URL + ".git");
    for (Map.Entry<String, String> field : required.entrySet()) {
      String key = field.getKey();
      String value = text(doc, key);
      boolean own = !value.isEmpty();
      if (!own && parent != null && !key.equals("name") && !key.equals("description")) {
        value = text(parent, key);
        if (!value.isEmpty() && (key.equals("url") || key.startsWith("scm/"))
            && !appendPathDisabled(parent, key)) {
          value = value + "/" + artifactId;
        }
      }
      if (value.isEmpty()) {
        problems.add(artifactId + ".pom has no " + key + (own ? "" : ", nor inherits one"));
      } else if (field.getValue() != null && !value.equals(field.getValue())) {
        problems.add(artifactId + ".pom has " + key + " '" + value + "'" + (own ? "" : " (inherited)")
            + ", expected '" + field.getValue() + "'");
      }
    }
    if (!text(doc, "artifactId").equals(artifactId)) {
      problems.add(artifactId + ".pom names the artifact " + text(doc, "artifactId"));
    }
    String ownPackaging = text(doc, "packaging");
    if (!(ownPackaging.isEmpty() ? "jar" : ownPackaging).equals(packaging)) {
      problems.add(artifactId + ".pom has packaging '" + ownPackaging + "', expected " + packaging);
    }
    String groupId = text(doc, "groupId");
    if (!"io.github.vigil".equals(groupId.isEmpty() ? text(doc, "parent/groupId") : groupId)) {
      problems.add(artifactId + ".pom is not in the group io.github.vigil");
    }
    if (artifactId.equals("vigil-bom")) {
      checkBom(doc, parent != null, version, expected);
    }
  }

  private void checkBom(Document doc, boolean hasParent, String version,
      Map<String, String> expected) throws Exception {
    if (hasParent) {
      problems.add("vigil-bom.pom has a parent: importing it would bring the parent's versions");
    }
    XPath xpath = XPathFactory.newInstance().newXPath();
    NodeList managed = (NodeList) xpath.evaluate("/*[local-name()='project']/"
        + localNames("dependencyManagement/dependencies/dependency"), doc, XPathConstants.NODESET);
    TreeSet<String> listed = new TreeSet<>();
    for (int i = 0; i < managed.getLength(); i++) {
      String a = xpath.evaluate("*[local-name()='artifactId']", managed.item(i)).trim();
      String v = xpath.evaluate("*[local-name()='version']", managed.item(i)).trim();
      listed.add(a);
      if (!v.equals(version)) {
        problems.add("vigil-bom.pom lists " + a + " at '" + v + "', expected " + version);
      }
    }
    TreeSet<String> jars = new TreeSet<>();
    expected.forEach((a, p) -> {
      if (p.equals("jar")) {
        jars.add(a);
      }
    });
    if (!listed.equals(jars)) {
      problems.add("vigil-bom.pom lists " + listed + ", expected " + jars);
    }
  }

  private static String pomPath(String artifactId, String version) {
    return GROUP_PATH + artifactId + "/" + version + "/" + artifactId + "-" + version + ".pom";
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String text(Document doc, String path) throws Exception {
    return XPathFactory.newInstance().newXPath()
        .evaluate("/*[local-name()='project']/" + localNames(path), doc).trim();
  }

  /** Whether the parent stops Maven appending the artifactId to the inherited url or scm field. */
  private static boolean appendPathDisabled(Document parent, String key) throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    String attribute = key.equals("url")
        ? xpath.evaluate("/*[local-name()='project']/@child.project.url.inherit.append.path", parent)
        : xpath.evaluate("/*[local-name()='project']/*[local-name()='scm']/@child.scm."
            + key.substring("scm/".length()) + ".inherit.append.path", parent);
    return attribute.trim().equals("false");
  }

  private static String localNames(String path) {
    StringBuilder out = new StringBuilder();
    for (String step : path.split("/")) {
      out.append(out.length() == 0 ? "" : "/").append("*[local-name()='").append(step).append("']");
    }
    return out.toString();
  }

  private void checkJar(String name, byte[] jar, byte[] license, boolean mainJar) throws IOException {
    boolean hasLicense = false;
    boolean hasModuleInfo = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("META-INF/LICENSE")) {
          hasLicense = java.util.Arrays.equals(in.readAllBytes(), license);
          if (!hasLicense) {
            problems.add(name + " has a META-INF/LICENSE that is not the repository's LICENSE");
            return;
          }
        } else if (e.getName().equals("module-info.class")) {
          hasModuleInfo = true;
        } else if (e.getName().equals("META-INF/MANIFEST.MF")) {
          // a module whose dependency declares no module name is an automatic module with a
          // stable name of Vigil's own instead
          String manifest = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          hasModuleInfo |= manifest.lines().anyMatch(l -> l.startsWith("Automatic-Module-Name: io.github.vigil."));
        }
      }
    }
    if (!hasLicense) {
      problems.add(name + " has no META-INF/LICENSE");
    }
    if (mainJar && !hasModuleInfo) {
      problems.add(name + " is not a module (no module-info.class, no Automatic-Module-Name)");
    }
  }
}
