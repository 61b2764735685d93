package io.github.vigil.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Measures, once and by hand (it is not a test), the time and heap to read a registry of
 * 1,000,000 people with 5 events each. Run from the module's test classpath:
 * {@code java -Xmx4g -cp ... io.github.vigil.io.ReadBenchmark /tmp/big}. It writes the folder
 * first if it is absent.
 */
public final class ReadBenchmark {
  private ReadBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/big-registry");
    int people = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    if (!Files.exists(folder.resolve("events.csv"))) {
      long t = System.nanoTime();
      generate(folder, people);
      System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }
    System.out.printf(
        Locale.ROOT, "events.csv is %.0f MB%n", Files.size(folder.resolve("events.csv")) / 1e6);
    long[] peak = {0};
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                Runtime rt = Runtime.getRuntime();
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long wall = System.nanoTime();
    ReadResult r = RegistryReader.read(folder);
    double seconds = (System.nanoTime() - wall) / 1e9;
    sampler.interrupt();
    System.gc();
    long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.println(r);
    System.out.printf(
        Locale.ROOT,
        "read in %.1f s wall; peak heap in use (sampled every 20 ms) %.0f MB, heap after GC with"
            + " the registry held %.0f MB, max heap %.0f MB%n",
        seconds, peak[0] / 1e6, retained / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    if (r.registry().eventCount() < 0) {
      System.out.println("unreachable; keeps the registry alive until here");
    }
  }

  private static void generate(Path folder, int people) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("registry.properties"), "country=VE\nname=benchmark\n");
    Files.writeString(
        folder.resolve("facilities.csv"),
        """
        id,name,kind,region,country
        helicoide,El Helicoide,INTELLIGENCE,Caracas,VE
        rodeo-1,Rodeo I,PRISON,Miranda,VE
        """);
    try (BufferedWriter d = Files.newBufferedWriter(folder.resolve("detainees.csv"), StandardCharsets.UTF_8);
        BufferedWriter e = Files.newBufferedWriter(folder.resolve("events.csv"), StandardCharsets.UTF_8)) {
      d.write("id,name,birth_date,gender,nationality,affiliation,serious_health_condition\n");
      e.write("detainee_id,date,type,facility_id,measures,source,recorded_on,date_precision,note\n");
      LocalDate base = LocalDate.of(2014, 1, 1);
      for (int i = 0; i < people; i++) {
        String id = String.format(Locale.ROOT, "P%07d", i);
        d.write(id + ",Name" + i + " Surname" + i + "," + base.minusYears(20 + i % 50).plusDays(i % 365)
            + "," + "FMX".charAt(i % 3) + ",VE," + (i % 2 == 0 ? "CIVILIAN" : "MILITARY") + ","
            + (i % 10 == 0) + "\n");
        LocalDate a = base.plusDays(i % 4000);
        e.write(id + "," + a + ",ARREST,helicoide,,ngo,,,\n");
        e.write(id + "," + a.plusDays(3) + ",TRANSFER,rodeo-1,,family," + a.plusDays(5) + ",,\n");
        e.write(id + "," + a.plusDays(40) + ",RELEASE_ORDER,,COURT_APPEARANCE(P15D);SPEECH_BAN,official,,,\n");
        e.write(id + "," + a.plusDays(42) + ",RELEASE,,,ngo,,MONTH,\"released, at night\"\n");
        e.write(id + "," + a.plusDays(57) + ",APPEARANCE_ATTENDED,,,ngo,,,\n");
      }
    }
  }
}
