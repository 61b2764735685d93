package io.github.vigil.cli;

import io.github.vigil.core.RegistryView;
import io.github.vigil.core.internal.Echo;
import io.github.vigil.io.ReadResult;
import io.github.vigil.reporting.CategorySeries;
import io.github.vigil.reporting.ChartPainter;
import io.github.vigil.reporting.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vigil chart}: the chart of categories over time as an image to publish, SVG or PNG, at
 * a size for social media (docs/format.md section 5, docs/reports.md). The chart is drawn once
 * by {@link ChartPainter}; the SVG is that drawing through {@link SvgImage}, the PNG the same
 * drawing rasterised. It shows what the HTML page's chart shows, under the same disclosure
 * control.
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draws the chart of people by freedom category over time (the chart of 'report --format"
          + " html') as an SVG or PNG image, sized for social media.",
      "Sizes: 1200x675 (the default: X, LinkedIn, Bluesky, 16:9), 1200x630 (Facebook and link"
          + " previews), 1080x1080 (Instagram, square), 1080x1350 (Instagram, portrait).",
      "Rejected rows are left out (and counted); with --strict the command refuses to draw."
    })
public final class ChartCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin RegistryOptions registry = new RegistryOptions();

  @Mixin ViewOptions viewOptions = new ViewOptions();

  @Mixin EvidenceOptions evidence = new EvidenceOptions();

  @Mixin ChartOptions chart = new ChartOptions();

  /** The formats of the image. */
  enum ImageFormat {
    svg,
    png
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "svg or png. Default: svg. A PNG needs --output.")
  ImageFormat format = ImageFormat.svg;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = ReportCommand.LanguageConverter.class,
      description = "Labels in en (English) or es (Spanish). Default: en.")
  Language language = Language.EN;

  @Option(
      names = "--size",
      paramLabel = "WxH",
      converter = SizeConverter.class,
      description = "Width and height in pixels, from 320x240 to 4096x4096. Default: 1200x675.")
  Size size = new Size(1200, 675);

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      description = "Hide a cell with 0 < count < N, as 'vigil report' does. Default: 5.")
  int minCell = 5;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the image to FILE. Default: standard output (SVG only).")
  @Nullable Path output;

  @Option(names = "--strict", description = "Refuse to draw, and exit 1, if any row is rejected.")
  boolean strict;

  ChartCommand() {}

  /** A width and a height in pixels, within the painter's range. */
  record Size(int width, int height) {}

  @Override
  public Integer call() {
    CommandSpec self = Objects.requireNonNull(spec, "spec");
    MinCell.check(self, minCell);
    Path file = output;
    if (format == ImageFormat.png && file == null) {
      throw new ParameterException(
          self.commandLine(), "a PNG is written to a file: give --output FILE.png");
    }
    if (file != null) {
      Path parent = file.toAbsolutePath().getParent();
      if (Files.isDirectory(file) || (parent != null && !Files.isDirectory(parent))) {
        throw new ParameterException(
            self.commandLine(),
            "--output '" + Echo.line(file.toString()) + "' is not a file in an existing folder");
      }
    }
    CategorySeries series;
    try (Progress progress = Progress.onTerminal(self.commandLine().getErr())) {
      Optional<ReadResult> read = registry.readUnlessStrict(progress, strict, "not drawing");
      if (read.isEmpty()) {
        return ExitCode.REJECTED;
      }
      ReadResult result = read.get();
      RegistryView view = evidence.apply(viewOptions.view(result.registry(), viewOptions.sources()));
      progress.step("drawing the chart…");
      try {
        series = chart.series(view, minCell);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(self.commandLine(), e.getMessage());
      }
      progress.clear();
      registry.warnAboutLeftOut(result);
    }
    ChartPainter painter = ChartPainter.of(series, language);
    if (file == null) {
      PrintWriter out = self.commandLine().getOut();
      out.print(SvgImage.of(painter, size.width(), size.height()));
      out.flush();
      return ExitCode.OK;
    }
    write(painter, file);
    return ExitCode.OK;
  }

  /** Writes the image to {@code file}; a file left half-written is removed. */
  private void write(ChartPainter painter, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      if (format == ImageFormat.png) {
        painter.writePng(out, size.width(), size.height());
      } else {
        out.write(SvgImage.of(painter, size.width(), size.height()).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      try {
        if (Files.isRegularFile(file)) {
          Files.delete(file);
        }
      } catch (IOException ignored) {
        // the failure to write is what the user needs to hear about
      }
      throw new OutputException();
    }
  }

  /** Reads {@code svg} or {@code png}, in any case. */
  static final class FormatConverter implements ITypeConverter<ImageFormat> {
    @Override
    public ImageFormat convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      for (ImageFormat f : ImageFormat.values()) {
        if (f.name().equals(v)) {
          return f;
        }
      }
      throw new TypeConversionException(Echo.quote(value) + " is not an image format: use svg or png");
    }
  }

  /** Reads {@code WxH}, such as {@code 1080x1080}, within the painter's range. */
  static final class SizeConverter implements ITypeConverter<Size> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})[x×X](\\d{1,9})");

    @Override
    public Size convert(String value) {
      Matcher m = SIZE.matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException(
            Echo.quote(value) + " is not a size: give WIDTHxHEIGHT in pixels, such as 1200x675");
      }
      int width = Integer.parseInt(m.group(1));
      int height = Integer.parseInt(m.group(2));
      try {
        ChartPainter.checkSize(width, height);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(Objects.requireNonNullElse(e.getMessage(), "size out of range"));
      }
      return new Size(width, height);
    }
  }
}
