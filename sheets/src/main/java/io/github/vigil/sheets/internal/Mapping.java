package io.github.vigil.sheets.internal;

import io.github.vigil.core.Affiliation;
import io.github.vigil.core.CaseOutcome;
import io.github.vigil.core.DatePrecision;
import io.github.vigil.core.Evidence;
import io.github.vigil.core.EventType;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Which header means which field, which sheet name means which kind of sheet, and which word
 * means which code: the built-in table ({@code builtin-mapping.properties}, English and Spanish)
 * with, optionally, a user's mapping file read on top of it. Every header, sheet name and value
 * is matched {@linkplain Fold folded}. Immutable once built.
 */
public final class Mapping {
  private static final String BUILTIN = "builtin-mapping.properties";

  /** A user's entries come before the built-in ones. */
  private final List<Layer> layers;

  private static final class Layer {
    final Map<String, SheetKind> sheets = new HashMap<>();
    /** Key: folded header; per kind (null key = any sheet). */
    final Map<String, Map<Field, Boolean>> anyKind = new HashMap<>();
    final Map<SheetKind, Map<String, Field>> byKind = new EnumMap<>(SheetKind.class);
    final Map<Field, Map<String, String>> values = new EnumMap<>(Field.class);
  }

  private Mapping(List<Layer> layers) {
    this.layers = layers;
  }

  /** Returns the built-in mapping. */
  public static Mapping builtIn() {
    return Holder.BUILT_IN;
  }

  private static final class Holder {
    static final Mapping BUILT_IN = new Mapping(List.of(builtInLayer()));
  }

  private static Layer builtInLayer() {
    try (InputStream in = Mapping.class.getResourceAsStream(BUILTIN)) {
      if (in == null) {
        throw new IllegalStateException(BUILTIN + " is missing from the jar");
      }
      Layer layer = parse(BUILTIN, read(in));
      countries(layer);
      return layer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the built-in mapping with the entries of {@code file} (UTF-8, {@code .properties}
   * syntax) taking precedence.
   *
   * @throws MappingException if the file cannot be read, is not UTF-8, or holds a key or a code
   *     that does not exist, or gives one header or word two meanings
   */
  public static Mapping load(Path file) {
    String name = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return new Mapping(List.of(parse(name, read(in)), builtInLayer()));
    } catch (NoSuchFileException e) {
      throw new MappingException(name + " does not exist");
    } catch (CharacterCodingException e) {
      throw new MappingException(name + " is not UTF-8 text; save it as UTF-8");
    } catch (IOException | IllegalArgumentException e) {
      throw new MappingException(
          name + " could not be read as a .properties file (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Properties read(InputStream in) throws IOException {
    Reader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    Properties p = new Properties();
    p.load(reader);
    return p;
  }

  private static Layer parse(String file, Properties p) {
    Layer layer = new Layer();
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      List<String> words = words(p.getProperty(key, ""));
      String[] parts = key.strip().split("\\.", -1);
      switch (parts[0]) {
        case "sheet" -> {
          SheetKind kind = kind(file, key, parts.length == 2 ? parts[1] : "");
          for (String w : words) {
            put(file, key, layer.sheets, w, kind);
          }
        }
        case "column" -> {
          if (parts.length == 2) {
            Field field = field(file, key, parts[1]);
            for (String w : words) {
              layer.anyKind.computeIfAbsent(w, k -> new EnumMap<>(Field.class)).put(field, true);
            }
          } else if (parts.length == 3) {
            SheetKind kind = kind(file, key, parts[1]);
            Field field = field(file, key, parts[2]);
            if (!kind.allows(field)) {
              throw new MappingException(
                  file + ": " + key + ": a sheet of " + kind.key() + " has no field " + field.key());
            }
            Map<String, Field> m = layer.byKind.computeIfAbsent(kind, k -> new HashMap<>());
            for (String w : words) {
              put(file, key, m, w, field);
            }
          } else {
            throw unknownKey(file, key);
          }
        }
        case "value" -> {
          if (parts.length != 3) {
            throw unknownKey(file, key);
          }
          Field field = field(file, key, parts[1]);
          String code = code(file, key, field, parts[2]);
          Map<String, String> m = layer.values.computeIfAbsent(field, k -> new HashMap<>());
          for (String w : words) {
            put(file, key, m, w, code);
          }
        }
        default -> throw unknownKey(file, key);
      }
    }
    return layer;
  }

  private static <T> void put(String file, String key, Map<String, T> map, String word, T value) {
    T old = map.put(word, value);
    if (old != null && !old.equals(value)) {
      throw new MappingException(
          file + ": " + key + ": '" + word + "' already means " + old + " in the same file");
    }
  }

  private static List<String> words(String value) {
    List<String> out = new ArrayList<>();
    for (String w : value.split("\\|", -1)) {
      String f = Fold.fold(w);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  private static MappingException unknownKey(String file, String key) {
    return new MappingException(
        file + ": unknown key '" + key + "' (keys are sheet.KIND, column.FIELD, column.KIND.FIELD"
            + " and value.FIELD.CODE)");
  }

  private static SheetKind kind(String file, String key, String name) {
    for (SheetKind k : SheetKind.values()) {
      if (k.key().equals(name)) {
        return k;
      }
    }
    throw new MappingException(
        file + ": " + key + ": unknown sheet kind '" + name + "' (facilities, detainees, events)");
  }

  private static Field field(String file, String key, String name) {
    return Field.ofKey(name)
        .orElseThrow(
            () -> new MappingException(
                file + ": " + key + ": unknown field '" + name + "' (one of "
                    + String.join(", ", Arrays.stream(Field.values()).map(Field::key).toList()) + ")"));
  }

  private static String code(String file, String key, Field field, String code) {
    List<String> codes = codes(field);
    if (codes.isEmpty()) {
      throw new MappingException(file + ": " + key + ": the field " + field.key() + " has no codes");
    }
    if (field.value() == Field.Value.COUNTRY) {
      if (code.length() == 2 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        return code;
      }
      throw new MappingException(
          file + ": " + key + ": '" + code + "' is not an ISO 3166-1 alpha-2 code such as VE");
    }
    if (field == Field.PROFILES && Profile.isValid(code)) {
      return code;
    }
    if (!codes.contains(code)) {
      throw new MappingException(
          file + ": " + key + ": '" + code + "' is not a code of " + field.key() + " (one of "
              + String.join(", ", codes) + ")");
    }
    return code;
  }

  /** Returns the codes a field's values are, or empty for a field of free values. */
  static List<String> codes(Field field) {
    return switch (field) {
      case TYPE -> names(EventType.values());
      case GENDER -> names(Gender.values());
      case AFFILIATION -> names(Affiliation.values());
      case DATE_PRECISION -> names(DatePrecision.values());
      case FACILITY_KIND -> names(FacilityKind.values());
      case MEASURES -> names(MeasureType.values());
      case VERIFICATION -> names(Evidence.values());
      case OUTCOME -> names(CaseOutcome.values());
      case PROFILES -> Profile.catalogue().stream().map(Profile::code).toList();
      case SERIOUS_HEALTH_CONDITION, CONFIDENTIAL -> List.of("true", "false");
      case NATIONALITY, FACILITY_COUNTRY, REGISTRY_COUNTRY -> List.of("XX");
      default -> List.of();
    };
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /** Adds every country's name in Spanish and English, where the built-in table has none. */
  private static void countries(Layer layer) {
    Map<String, String> m = layer.values.computeIfAbsent(Field.NATIONALITY, k -> new HashMap<>());
    for (Locale language : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
      for (String code : Locale.getISOCountries()) {
        String name = Fold.fold(new Locale("", code).getDisplayCountry(language));
        if (!name.isEmpty()) {
          m.putIfAbsent(name, code);
        }
      }
    }
    layer.values.put(Field.FACILITY_COUNTRY, m);
    layer.values.put(Field.REGISTRY_COUNTRY, m);
  }

  /** Returns the kind a sheet's name says it holds, if it names one. */
  public Optional<SheetKind> sheet(String name) {
    String f = Fold.fold(name);
    for (Layer l : layers) {
      SheetKind k = l.sheets.get(f);
      if (k != null) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the field a header means in a sheet of {@code kind}: a user's entry for the kind,
   * then a user's entry for any sheet, then the built-in ones in the same order.
   */
  public Optional<Field> column(SheetKind kind, String header) {
    String f = Fold.fold(header);
    for (Layer l : layers) {
      Map<String, Field> own = l.byKind.get(kind);
      if (own != null && own.containsKey(f)) {
        return Optional.ofNullable(own.get(f));
      }
      Map<Field, Boolean> any = l.anyKind.get(f);
      if (any != null) {
        for (Field field : any.keySet()) {
          if (kind.allows(field)) {
            return Optional.of(field);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the code {@code value} stands for in {@code field}: a word of the mapping, or the
   * code itself in any case and spacing ({@code release order} is {@code RELEASE_ORDER}).
   */
  public Optional<String> value(Field field, String value) {
    String f = Fold.fold(value);
    if (f.isEmpty()) {
      return Optional.empty();
    }
    for (Layer l : layers) {
      Map<String, String> m = l.values.get(field);
      if (m != null && m.containsKey(f)) {
        return Optional.ofNullable(m.get(f));
      }
    }
    for (String code : codes(field)) {
      if (Fold.fold(code).equals(f)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
