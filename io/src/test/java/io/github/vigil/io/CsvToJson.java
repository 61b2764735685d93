package io.github.vigil.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Converts a registry folder without blank lines into the equivalent JSON document, for tests. */
final class CsvToJson {
  private CsvToJson() {}

  static Path convert(Path folder, Path json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", 1);
    Path props = folder.resolve("registry.properties");
    if (Files.exists(props)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(props)) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      root.put("country", p.getProperty("country"));
      if (p.getProperty("name") != null) {
        root.put("name", p.getProperty("name"));
      }
    }
    CsvMapper csv = new CsvMapper();
    for (String array : new String[] {"facilities", "detainees", "events"}) {
      ArrayNode out = root.putArray(array);
      try (MappingIterator<Map<String, String>> it =
          csv.readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(folder.resolve(array + ".csv").toFile())) {
        while (it.hasNext()) {
          ObjectNode record = out.addObject();
          for (Map.Entry<String, String> e : it.next().entrySet()) {
            if (e.getValue().isEmpty()) {
              record.putNull(e.getKey());
            } else {
              record.put(e.getKey(), e.getValue());
            }
          }
        }
      }
    }
    mapper.writeValue(json.toFile(), root);
    return json;
  }
}
