package io.github.vigil.benchmarks;

import com.github.miachm.sods.SpreadSheet;
import io.github.vigil.sheets.ImportOptions;
import io.github.vigil.sheets.ImportResult;
import io.github.vigil.sheets.SheetImport;
import io.github.vigil.sheets.internal.Book;
import io.github.vigil.sheets.internal.OdsBook;
import io.github.vigil.sheets.internal.OdsWriter;
import io.github.vigil.sheets.internal.SheetRow;
import io.github.vigil.sheets.internal.XlsxBook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The measurement behind the sheets module's choice of readers: one sheet of N rows (default
 * 100,000) of 16 columns, in the shape most registries are kept in (a person's details and an
 * event on each row, Spanish headers, dates as date cells), read by each candidate in a JVM of
 * its own, which reports wall-clock time, the process's CPU time and the peak heap in use
 * (garbage included), at {@code -Xmx2g}; then each candidate runs again at {@code -Xmx256m},
 * to show which ones stream.
 *
 * <pre>
 * java -cp benchmarks/target/vigil-benchmarks-0.1.0-SNAPSHOT.jar io.github.vigil.benchmarks.SheetReaders \
 *     [--rows 100000] [--dir /tmp/vigil-sheets] [--timeout-seconds 300]
 * </pre>
 */
public final class SheetReaders {
  private static final String[] HEADER = {
    "Cédula", "Nombre", "Fecha de nacimiento", "Sexo", "Nacionalidad", "Militar",
    "Enfermedad grave", "Fecha", "Tipo de evento", "Centro de reclusión", "Tipo de centro",
    "Medidas", "Fuente", "Fecha de registro", "Precisión", "Observaciones"
  };
  private static final String[] TYPES = {"Detención", "Boleta de excarcelación", "Excarcelación"};
  private static final String[] CANDIDATES = {
    "poi-usermodel", "poi-sax", "fastexcel", "vigil-xlsx", "sods", "vigil-ods",
    "import-xlsx", "import-ods", "import-csv"
  };

  private SheetReaders() {}

  /**
   * Generates the sheets and runs every candidate, or (with {@code --child}) one candidate.
   *
   * @param args {@code [--rows N] [--dir DIR] [--timeout-seconds S]}, or {@code --child NAME FILE}
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--child")) {
      child(args[1], Path.of(args[2]));
      return;
    }
    int rows = 100_000;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "vigil-sheets");
    long timeout = 300;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--timeout-seconds" -> timeout = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    Path xlsx = dir.resolve("sheet.xlsx");
    Path ods = dir.resolve("sheet.ods");
    Path csv = dir.resolve("sheet.csv");
    List<Object[]> table = table(rows);
    writeXlsx(table, xlsx);
    writeOds(table, ods);
    writeCsv(table, csv);
    System.out.printf(Locale.ROOT, "%,d rows x %d columns: sheet.xlsx %,d bytes, sheet.ods %,d bytes,"
        + " sheet.csv %,d bytes%n%n", rows, HEADER.length, Files.size(xlsx), Files.size(ods), Files.size(csv));
    System.out.println("| candidate | wall s | CPU s | peak heap MB (-Xmx2g) | at -Xmx256m |");
    System.out.println("|---|---:|---:|---:|---|");
    for (String c : CANDIDATES) {
      Path file = c.endsWith("ods") || c.equals("sods") ? ods : c.endsWith("csv") ? csv : xlsx;
      String big = run(c, file, "-Xmx2g", timeout);
      String small = run(c, file, "-Xmx256m", timeout);
      String[] f = big.split(" ", -1);
      System.out.println("| " + c + " | " + (f.length >= 4 && f[0].equals("ok") ? f[1] + " | " + f[2] + " | " + f[3] : big + " | | ")
          + " | " + (small.startsWith("ok") ? "completes" : small) + " |");
    }
  }

  private static String run(String candidate, Path file, String xmx, long timeout) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java, xmx, "-cp", System.getProperty("java.class.path"), SheetReaders.class.getName(),
            "--child", candidate, file.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "over " + timeout + " s";
      }
      out = in.readAllBytes();
    }
    String text = new String(out, StandardCharsets.UTF_8);
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("ok ")) {
        return line.strip();
      }
    }
    return text.contains("OutOfMemoryError") ? "OutOfMemoryError" : "failed";
  }

  private static void child(String candidate, Path file) throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long t0 = System.nanoTime();
    long c0 = os.getProcessCpuTime();
    long cells = read(candidate, file);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - c0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "ok %.1f %.1f %d (cells %d)%n", wall, cpu, peak >> 20, cells);
  }

  /** Reads every cell of the first sheet; returns how many were not empty. */
  private static long read(String candidate, Path file) throws Exception {
    long[] n = {0};
    switch (candidate) {
      case "poi-usermodel" -> {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
          DataFormatter f = new DataFormatter();
          for (Row r : wb.getSheetAt(0)) {
            for (Cell c : r) {
              if (!f.formatCellValue(c).isEmpty()) {
                n[0]++;
              }
            }
          }
        }
      }
      case "poi-sax" -> {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
          XSSFReader r = new XSSFReader(pkg);
          ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg);
          StylesTable styles = r.getStylesTable();
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(
                  styles, sst,
                  new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override
                    public void startRow(int rowNum) {}

                    @Override
                    public void endRow(int rowNum) {}

                    @Override
                    public void cell(String ref, String value, @Nullable XSSFComment comment) {
                      if (!value.isEmpty()) {
                        n[0]++;
                      }
                    }
                  },
                  new DataFormatter(), false));
          try (InputStream sheet = r.getSheetsData().next()) {
            parser.parse(new InputSource(sheet));
          }
        }
      }
      case "fastexcel" -> {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
          wb.getFirstSheet().openStream().forEach(r -> r.forEach(c -> {
            if (c != null && !c.getRawValue().isEmpty()) {
              n[0]++;
            }
          }));
        }
      }
      case "sods" -> {
        SpreadSheet s = new SpreadSheet(file.toFile());
        for (Object[] r : s.getSheet(0).getDataRange().getValues()) {
          for (Object v : r) {
            if (v != null) {
              n[0]++;
            }
          }
        }
      }
      case "vigil-xlsx" -> count(XlsxBook.open(file), n);
      case "vigil-ods" -> count(OdsBook.open(file), n);
      case "import-xlsx", "import-ods", "import-csv" -> {
        ImportOptions.Builder o = ImportOptions.builder().country("VE");
        if (candidate.equals("import-csv")) {
          o.dateFormat("dd/MM/yyyy");
        }
        ImportResult r = SheetImport.read(file, o.build());
        if (!r.isClean()) {
          throw new IllegalStateException(r.rejections().get(0).toString());
        }
        n[0] = r.registry().eventCount();
      }
      default -> throw new IllegalArgumentException("unknown candidate " + candidate);
    }
    return n[0];
  }

  private static void count(Book book, long[] n) {
    book.read((name, label) -> (Consumer<SheetRow>) row -> {
      for (int i = 0; i < row.size(); i++) {
        if (row.cell(i) != null) {
          n[0]++;
        }
      }
    });
  }

  /** Returns the header and {@code rows} rows: three events per person, dates as LocalDate. */
  private static List<Object[]> table(int rows) {
    List<Object[]> t = new ArrayList<>(rows + 1);
    t.add(HEADER);
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < rows; i++) {
      int person = i / 3;
      int step = i % 3;
      LocalDate date = start.plusDays(person % 700 + step * 30L);
      t.add(new Object[] {
        String.format(Locale.ROOT, "V-%08d", 10_000_000 + person),
        "Persona Ficticia " + person,
        LocalDate.of(1950 + person % 55, 1 + person % 12, 1 + person % 28),
        person % 7 == 0 ? "Femenino" : "Masculino",
        person % 20 == 0 ? "colombiana" : "venezolana",
        person % 9 == 0 ? "sí" : "no",
        "no",
        date,
        TYPES[step],
        step == 0 ? (person % 2 == 0 ? "El Helicoide" : "Rodeo I") : null,
        step == 0 ? (person % 2 == 0 ? "inteligencia" : "cárcel") : null,
        step == 1 ? "régimen de presentación cada 15 días; prohibición de declarar" : null,
        person % 3 == 0 ? "Foro Penal" : "familia",
        date,
        "día",
        null
      });
    }
    return t;
  }

  private static void writeXlsx(List<Object[]> table, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "Vigil", "1.0");
      Worksheet ws = wb.newWorksheet("Registro");
      for (int r = 0; r < table.size(); r++) {
        Object[] row = table.get(r);
        for (int c = 0; c < row.length; c++) {
          if (row[c] instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("dd/mm/yyyy").set();
          } else if (row[c] instanceof String s) {
            ws.value(r, c, s);
          }
        }
      }
      wb.finish();
    }
  }

  private static void writeOds(List<Object[]> table, Path file) throws IOException {
    OdsWriter.Sheet sheet =
        new OdsWriter.Sheet() {
          @Override
          public String name() {
            return "Registro";
          }

          @Override
          public List<@Nullable Object[]> rows() {
            return new ArrayList<>(table);
          }
        };
    try (OutputStream out = Files.newOutputStream(file)) {
      OdsWriter.write(List.of(sheet), out);
    }
  }

  private static void writeCsv(List<Object[]> table, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Object[] row : table) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
          if (c > 0) {
            line.append(';');
          }
          Object v = row[c];
          if (v instanceof LocalDate d) {
            line.append(String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
          } else if (v != null) {
            String s = v.toString();
            line.append(s.contains(";") ? "\"" + s + "\"" : s);
          }
        }
        w.write(line.append("\r\n").toString());
      }
    }
  }

}
