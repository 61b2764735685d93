package io.github.vigil.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vigil.cli.VigilCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Consumer;

/** What the reading tests share: a user's mapper, documents edited into hostile ones, and the refusals they must meet. */
final class Documents {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new VigilModule());
  /** A value planted in hostile documents: no message may repeat it. */
  static final String PERSONAL = "María Pérez";

  private Documents() {}

  /** Returns what the {@code vigil} command prints with {@code args}, asserting that it succeeds. */
  static String vigil(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = VigilCommand.execute(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), args);
    assertEquals(0, code, () -> err.toString(UTF_8));
    return out.toString(UTF_8);
  }

  static String msg(Exception e) {
    return String.valueOf(e.getMessage());
  }

  /** Returns {@code json} changed by {@code change}. */
  static String edit(String json, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    change.accept(root);
    return MAPPER.writeValueAsString(root);
  }

  /**
   * Asserts that {@code json} changed by {@code change} is refused as a {@code type} with a message
   * holding {@code message} and no value planted in the document.
   */
  static void assertRefused(String json, Class<?> type, Consumer<ObjectNode> change, String message) {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(edit(json, change), type));
    assertTrue(msg(e).contains(message), msg(e));
    assertFalse(msg(e).contains(PERSONAL) || msg(e).contains("María"), msg(e));
  }

  /**
   * Asserts that what the mapper writes of {@code report} is read as a {@code type} equal to {@code
   * published}, which the mapper writes in the same bytes; returns what was read.
   */
  static <T> T assertReadBack(Object report, Class<T> type, T published) throws IOException {
    String json = MAPPER.writeValueAsString(report);
    T read = MAPPER.readValue(json, type);
    assertEquals(published, read);
    assertEquals(json, MAPPER.writeValueAsString(read));
    return read;
  }
}
