package se.rjl.patientfees.finance.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as inline SVG: one or two bars per category (base and proposed), with the
 * category on the left and the value at the bar's end. No script, no external resources.
 */
public final class BarChart {
  /** One category: its label, the base value and the proposed value (null for a single series). */
  public record Bar(String label, long base, Long proposed) {}

  private final String title;
  private final String baseName;
  private final String proposedName;
  private final java.util.function.LongFunction<String> format;
  private final List<Bar> bars = new ArrayList<>();

  /**
   * @param proposedName null for a chart with one series
   * @param format how values are written at the bars
   */
  public BarChart(String title, String baseName, String proposedName, java.util.function.LongFunction<String> format) {
    this.title = title;
    this.baseName = baseName;
    this.proposedName = proposedName;
    this.format = format;
  }

  public BarChart add(String label, long base, Long proposed) {
    bars.add(new Bar(label, base, proposed));
    return this;
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  /** The chart as a {@code <figure>} with a caption, a legend and the SVG. */
  public String toHtml() {
    boolean two = proposedName != null;
    int labelWidth = 290;
    int plotWidth = 520;
    int valueWidth = 120;
    int barH = 14;
    int gap = two ? 2 : 0;
    int groupH = two ? 2 * barH + gap + 10 : barH + 10;
    int top = 8;
    int height = top + bars.size() * groupH + 8;
    int width = labelWidth + plotWidth + valueWidth;
    long max = scaleMax(bars);
    boolean broken = false;
    StringBuilder s = new StringBuilder(4096);
    s.append("<figure>\n<figcaption>").append(Html.esc(title)).append("</figcaption>\n");
    s.append("<div class=\"legend\"><span style=\"background:#7f98b0\"></span>").append(Html.esc(baseName));
    if (two) {
      s.append("<span style=\"background:#d98a2b\"></span>").append(Html.esc(proposedName));
    }
    s.append("</div>\n");
    s.append("<svg class=\"chart\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" aria-label=\"").append(Html.esc(title)).append("\">\n");
    s.append("<line class=\"axis\" x1=\"").append(labelWidth).append("\" y1=\"0\" x2=\"").append(labelWidth)
        .append("\" y2=\"").append(height).append("\"/>\n");
    int y = top;
    for (Bar b : bars) {
      String label = b.label().length() > 40 ? b.label().substring(0, 39) + "…" : b.label();
      int mid = y + (two ? barH + gap / 2 : barH / 2);
      s.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(mid + 4)
          .append("\" text-anchor=\"end\"><title>").append(Html.esc(b.label())).append("</title>")
          .append(Html.esc(label)).append("</text>\n");
      broken |= bar(s, "base", labelWidth, y, barH, b.base(), max, plotWidth);
      if (two) {
        broken |= bar(s, "proposed", labelWidth, y + barH + gap, barH, b.proposed() == null ? 0 : b.proposed(), max, plotWidth);
      }
      y += groupH;
    }
    s.append("</svg>\n");
    if (broken) {
      s.append("<p class=\"note\">Skalan är bruten vid ").append(Html.esc(format.apply(max)))
          .append(" så att de mindre staplarna syns: en stapel med brytmarkering (//) är längre än den ritas; värdet står vid den.</p>\n");
    }
    s.append("</figure>\n");
    return s.toString();
  }

  /**
   * The value that fills the plot's width: the largest value, unless one category dominates (its
   * value more than four times the next category's), when the scale is cut at 1.3 times the next
   * one so that the other bars stay readable; the dominant bar is then drawn broken.
   */
  static long scaleMax(List<Bar> bars) {
    long first = 0;
    long second = 0;
    for (Bar b : bars) {
      long v = Math.max(b.base(), b.proposed() == null ? 0 : b.proposed());
      if (v > first) {
        second = first;
        first = v;
      } else if (v > second) {
        second = v;
      }
    }
    if (first <= 0) {
      return 1;
    }
    return second > 0 && first > 4 * second ? Math.max(1, Math.round(second * 1.3)) : first;
  }

  /** Draws one bar; true when it is longer than the scale and drawn broken. */
  private boolean bar(StringBuilder s, String cls, int x0, int y, int h, long value, long max, int plotWidth) {
    // At least one pixel so that a small non-zero value stays visible; zero stays zero.
    boolean broken = value > max;
    long w = value <= 0 ? 0 : broken ? plotWidth : Math.max(1, Math.round((double) value * plotWidth / max));
    s.append("<rect class=\"").append(cls).append("\" x=\"").append(x0).append("\" y=\"").append(y)
        .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"><title>")
        .append(Html.esc(format.apply(value))).append("</title></rect>");
    if (broken) {
      long bx = x0 + w - 24;
      s.append("<path class=\"break\" d=\"M").append(bx).append(' ').append(y + h + 1).append(" L").append(bx + 6).append(' ')
          .append(y - 1).append(" M").append(bx + 8).append(' ').append(y + h + 1).append(" L").append(bx + 14).append(' ')
          .append(y - 1).append("\"/>");
    }
    s.append("<text x=\"").append(x0 + w + 4).append("\" y=\"").append(y + h - 3).append("\">")
        .append(Html.esc(format.apply(value))).append("</text>\n");
    return broken;
  }
}
