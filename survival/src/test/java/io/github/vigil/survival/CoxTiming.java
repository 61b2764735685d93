package io.github.vigil.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times a Cox fit with 7 covariates on 100,000 rows; run by hand (it is not a test), see
 * docs/survival.md.
 */
final class CoxTiming {
  private CoxTiming() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int p = 7;
    Random random = new Random(20261128L);
    double[] beta = {0.5, -0.3, 0.02, 0.8, -0.01, 0.25, 0.1};
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    double[][] x = new double[n][p];
    for (int i = 0; i < n; i++) {
      x[i][0] = random.nextBoolean() ? 1 : 0;
      x[i][1] = random.nextGaussian();
      x[i][2] = 20 + 60 * random.nextDouble();
      x[i][3] = random.nextInt(10) == 0 ? 1 : 0;
      x[i][4] = 100 * random.nextGaussian();
      x[i][5] = random.nextInt(4);
      x[i][6] = Math.exp(random.nextGaussian());
      double eta = 0;
      for (int j = 0; j < p; j++) {
        eta += beta[j] * x[i][j];
      }
      double event = -Math.log(random.nextDouble()) / (0.001 * Math.exp(eta - 1.2));
      double censor = 3650 * random.nextDouble();
      times[i] = Math.ceil(Math.min(event, censor));
      events[i] = event <= censor;
    }
    List<String> names = List.of("a", "b", "c", "d", "e", "f", "g");
    if (args.length > 1) {
      writeCsv(java.nio.file.Path.of(args[1]), times, events, x);
    }
    for (Ties ties : Ties.values()) {
      List<Double> seconds = new ArrayList<>();
      long cold = System.nanoTime();
      CoxModel model = CoxRegression.fit(times, events, x, names, ties);
      double first = (System.nanoTime() - cold) / 1e9;
      for (int run = 0; run < 7; run++) {
        long start = System.nanoTime();
        model = CoxRegression.fit(times, events, x, names, ties);
        seconds.add((System.nanoTime() - start) / 1e9);
      }
      double[] s = seconds.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(s);
      System.out.printf(
          Locale.ROOT,
          "%s: n=%d events=%d iterations=%d first (cold) fit %.3f s, median of 7 runs %.3f s%n  %s%n",
          ties,
          n,
          model.events(),
          model.iterations(),
          first,
          s[3],
          model.coefficients());
    }
  }

  private static void writeCsv(java.nio.file.Path file, double[] times, boolean[] events, double[][] x) {
    StringBuilder out = new StringBuilder("time,status,a,b,c,d,e,f,g\n");
    for (int i = 0; i < times.length; i++) {
      out.append(times[i]).append(',').append(events[i] ? 1 : 0);
      for (double v : x[i]) {
        out.append(',').append(v);
      }
      out.append('\n');
    }
    try {
      java.nio.file.Files.writeString(file, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
