package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of what a report publishes, over generated registries and views. */
class PublishedReportProperties {
  static final int EXAMPLES = 300;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A value planted in mutilated documents: no message may repeat it. */
  private static final String PERSONAL = "María Pérez";

  /**
   * Reports of the generated views: with claims added (and counted in the headline) a third of
   * the time, flows since a date half the time, a minimum cell from 1 to 6, rejected rows, and
   * sometimes house arrest counted as a release.
   */
  static Gen<FreedomReport> reports() {
    return Views.views()
        .map(
            v -> {
              int seed = v.seed();
              Registry registry = v.registry().withRejections(seed % 7, seed % 3);
              if (seed % 3 == 0) {
                registry =
                    ClaimsProperties.withClaims(
                        registry,
                        (seed >> 2) % 2 == 0 ? ClaimsProperties.Kind.MOVING : ClaimsProperties.Kind.CORROBORATING);
              }
              RegistryView view = ClaimsProperties.same(registry, v.view());
              if ((seed >> 3) % 2 == 0) {
                view = view.includingClaims();
              }
              ReportOptions.Builder options = ReportOptions.builder().minCell(1 + (seed >> 4) % 6);
              if ((seed >> 7) % 2 == 0) {
                options.since(view.asOf().minusDays((seed >> 8) % 40));
              }
              if ((seed >> 9) % 4 == 0) {
                options.policy(ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(false).build());
              }
              return FreedomReport.of(view, options.build());
            });
  }

  @Test
  void readingAReportsJsonGivesWhatItPublishesAndWritingThatGivesTheSameBytes() {
    qt().withExamples(EXAMPLES)
        .forAll(reports())
        .checkAssert(
            report -> {
              PublishedReport read = PublishedReport.parse(report.toJson());
              assertEquals(report.published(), read);
              assertEquals(report.toJson(), read.toJson());
            });
  }

  @Test
  void aMutilatedDocumentIsReadAndWrittenBackOrRefusedByNameNeverWithAnotherFailureOrItsText() {
    qt().withExamples(EXAMPLES)
        .forAll(reports(), integers().between(0, 1 << 20), integers().between(0, REPLACEMENTS.length))
        .checkAssert(
            (report, where, how) -> {
              String mutilated = mutilated(report.toJson(), where, how);
              try {
                PublishedReport read = PublishedReport.parse(mutilated);
                // what is accepted is written back into a document that reads the same
                assertEquals(read, PublishedReport.parse(read.toJson()));
              } catch (IllegalArgumentException e) {
                assertNamesAKeyAndNoValue(e);
              }
            });
  }

  /** What a member of a mutilated document is replaced with: a name, and values of every wrong kind. */
  private static final JsonNode[] REPLACEMENTS = {
    TextNode.valueOf(PERSONAL), NullNode.instance, LongNode.valueOf(-1),
    BigIntegerNode.valueOf(new BigInteger("9223372036854775808")), DoubleNode.valueOf(1e300),
    DoubleNode.valueOf(2.5), MAPPER.createArrayNode(), MAPPER.createObjectNode(), BooleanNode.TRUE,
    LongNode.valueOf(2_147_483_648L)
  };

  /**
   * Returns {@code json} with one member of one of its objects (the {@code where}-th, modulo their
   * number) replaced by the {@code how}-th of {@link #REPLACEMENTS}, or removed when {@code how} is
   * their number.
   */
  static String mutilated(String json, int where, int how) {
    ObjectNode root;
    try {
      root = (ObjectNode) MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
    List<ContainerNode<?>> parents = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    collect(root, parents, keys);
    int i = where % keys.size();
    ObjectNode parent = (ObjectNode) parents.get(i);
    if (how == REPLACEMENTS.length) {
      parent.remove(keys.get(i));
    } else {
      parent.set(keys.get(i), REPLACEMENTS[how]);
    }
    return root.toString();
  }

  /** The number of ways {@link #mutilated} mutilates a document. */
  static int ways() {
    return REPLACEMENTS.length + 1;
  }

  /** Asserts that a reader's failure names a key first and repeats no value of the document. */
  static void assertNamesAKeyAndNoValue(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    assertFalse(m.contains(PERSONAL), m);
    assertTrue(m.matches("^[a-zA-Z]+[ .#].*"), m); // names a key first
  }

  /** Collects every member of every object of {@code node}, in arrays too, with its object. */
  static void collect(JsonNode node, List<ContainerNode<?>> parents, List<String> keys) {
    if (node instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        parents.add(o);
        keys.add(e.getKey());
        collect(e.getValue(), parents, keys);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, parents, keys);
      }
    }
  }
}
