package se.rjl.patientfees.finance.report;

/**
 * A small builder for self-contained HTML pages: inline CSS (with an A4 print layout and page
 * numbers), no external resources, escaped text. Every page carries a few lines of inline script:
 * sortable and filterable tables, and a record of what was laid out (browser tests read it).
 */
public final class Html {
  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem;color:#1d2630;max-width:78rem}",
      "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d5dbe1;padding-bottom:.2rem}",
      "p.meta{color:#55606b;margin-top:0}",
      "table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.9rem}",
      "th,td{border:1px solid #d5dbe1;padding:.25rem .5rem;text-align:left;vertical-align:top}",
      "th{background:#eef2f5}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "td.hash{font-family:ui-monospace,monospace;font-size:.75rem;word-break:break-all}",
      "table.sortable th{cursor:pointer;user-select:none}table.sortable th[aria-sort=ascending]::after{content:' ▲'}",
      "table.sortable th[aria-sort=descending]::after{content:' ▼'}",
      "input.filter{margin:.4rem 0 0;padding:.2rem .4rem;font:inherit;font-size:.85rem;width:18rem}",
      "tr.changed td.kind{color:#8a5a00}tr.added td.kind{color:#126b2f}tr.removed td.kind{color:#a3161b}",
      "td.old{background:#fff1f0}td.new{background:#effaf1}",
      ".pos{color:#126b2f}.neg{color:#a3161b}",
      "figure{margin:1rem 0 2rem}figcaption{font-weight:600;margin-bottom:.4rem}",
      "svg.chart text{font-size:12px;fill:#1d2630}svg.chart rect.base{fill:#7f98b0}svg.chart rect.proposed{fill:#d98a2b}",
      "svg.chart line.axis{stroke:#8a96a3}svg.chart path.break{stroke:#fff;stroke-width:3}p.note{font-size:.85rem;color:#55606b}",
      ".legend span{display:inline-block;width:.9rem;height:.9rem;margin:0 .3rem 0 1rem;vertical-align:middle}",
      ".ok{color:#126b2f;font-weight:600}.bad{color:#a3161b;font-weight:600}",
      "code{background:#f3f5f7;padding:0 .2rem}",
      // Print: A4, page numbers, a heading never alone at the bottom of a page, charts and short tables whole.
      "@page{size:A4;margin:14mm 12mm 16mm 12mm;@bottom-right{content:'Sida ' counter(page) ' av ' counter(pages);font:9pt sans-serif;color:#55606b}}",
      "@media print{body{margin:0;max-width:none;font-size:10pt}input.filter{display:none}",
      "h1,h2,h3,figcaption{break-after:avoid;page-break-after:avoid}",
      "figure,section.keep,tr,p.meta{break-inside:avoid;page-break-inside:avoid}",
      "thead{display:table-header-group}table.sortable th::after{content:''!important}",
      "svg.chart{max-width:100%;height:auto}a{color:inherit;text-decoration:none}}");

  /**
   * After layout, records on the root element how many tables and sized chart bars there are
   * ({@code data-rendered="tables:3 bars:24"}); makes tables with class {@code sortable} sort on a
   * click on a column heading (numbers as numbers: {@code 1 450 kr}, {@code −2,5 %}) and filters
   * rows by the text typed in the box before a table. The page reads the same without script.
   */
  private static final String SCRIPT = String.join("",
      "<script>(function(){",
      "function num(t){var s=t.replace(/[\\s\\u00a0]|kr|%|st/g,'').replace('\\u2212','-').replace(',','.');",
      "return s!==''&&!isNaN(s)?parseFloat(s):null;}",
      "function sort(th){var t=th.closest('table'),b=t.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);",
      "var asc=th.getAttribute('aria-sort')!=='ascending';t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});",
      "th.setAttribute('aria-sort',asc?'ascending':'descending');var rows=Array.prototype.slice.call(b.rows);",
      "rows.sort(function(x,y){var a=x.cells[i].textContent.trim(),c=y.cells[i].textContent.trim(),p=num(a),q=num(c);",
      "var r=(p!==null&&q!==null)?p-q:a.localeCompare(c,'sv');return asc?r:-r;});rows.forEach(function(r){b.appendChild(r);});}",
      "window.addEventListener('load',function(){",
      "document.querySelectorAll('table.sortable th').forEach(function(th){th.title='Sortera';th.addEventListener('click',function(){sort(th);});});",
      "document.querySelectorAll('input.filter').forEach(function(f){var t=document.getElementById(f.dataset.table);",
      "f.addEventListener('input',function(){var q=f.value.toLowerCase();Array.prototype.forEach.call(t.tBodies[0].rows,function(r){",
      "r.style.display=r.textContent.toLowerCase().indexOf(q)>=0?'':'none';});});});",
      // A link may ask for a sorted table: report.html#sort=by-fee-code:3 (column 3, ascending; :desc for descending).
      "var m=/^#sort=([\\w-]+):(\\d+)(:desc)?$/.exec(location.hash);if(m){var tb=document.getElementById(m[1]);",
      "if(tb){var th=tb.tHead.rows[0].cells[+m[2]];if(th){sort(th);if(m[3])sort(th);}}}",
      "var t=document.querySelectorAll('table').length;",
      "var b=0;document.querySelectorAll('svg.chart rect').forEach(function(r){var x=r.getBBox();if(x.width>0&&x.height>0)b++;});",
      "document.documentElement.setAttribute('data-rendered','tables:'+t+' bars:'+b);});})();</script>");

  private final StringBuilder b = new StringBuilder(64 * 1024);

  /** Starts a page with {@code title} (escaped) as its title and first heading. */
  public Html(String title) {
    b.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n")
        .append(SCRIPT).append("\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
  }

  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder o = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> o.append("&lt;");
        case '>' -> o.append("&gt;");
        case '&' -> o.append("&amp;");
        case '"' -> o.append("&quot;");
        case '\'' -> o.append("&#39;");
        default -> o.append(c);
      }
    }
    return o.toString();
  }

  /** Appends raw HTML (the caller escapes). */
  public Html raw(String html) {
    b.append(html);
    return this;
  }

  public Html h2(String text) {
    b.append("<h2>").append(esc(text)).append("</h2>\n");
    return this;
  }

  /** Opens a section kept on one printed page (a heading with its short table or chart). */
  public Html keep() {
    b.append("<section class=\"keep\">\n");
    return this;
  }

  public Html endKeep() {
    b.append("</section>\n");
    return this;
  }

  public Html p(String text) {
    b.append("<p>").append(esc(text)).append("</p>\n");
    return this;
  }

  public Html meta(String text) {
    b.append("<p class=\"meta\">").append(esc(text)).append("</p>\n");
    return this;
  }

  /** Starts a table with a header row; a header starting with '#' is right-aligned (the '#' is dropped). */
  public Html table(String cssClass, String... headers) {
    b.append("<table").append(cssClass == null ? "" : " class=\"" + esc(cssClass) + "\"").append(">\n<thead><tr>");
    return headers(headers);
  }

  /**
   * Starts a table that sorts on a click on a column heading, with a filter box before it; {@code
   * id} names it (and is its CSS class).
   */
  public Html sortableTable(String id, String... headers) {
    b.append("<input class=\"filter\" type=\"search\" placeholder=\"Filtrera tabellen …\" aria-label=\"Filtrera\" data-table=\"")
        .append(esc(id)).append("\">\n<table id=\"").append(esc(id)).append("\" class=\"sortable ").append(esc(id))
        .append("\">\n<thead><tr>");
    return headers(headers);
  }

  private Html headers(String... headers) {
    for (String h : headers) {
      boolean num = h.startsWith("#");
      b.append(num ? "<th class=\"num\">" : "<th>").append(esc(num ? h.substring(1) : h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    return this;
  }

  /** A row; cells starting with '#' are right-aligned numbers (the '#' is dropped). Text is escaped. */
  public Html row(String... cells) {
    return rowWithClass(null, cells);
  }

  public Html rowWithClass(String cssClass, String... cells) {
    b.append(cssClass == null ? "<tr>" : "<tr class=\"" + esc(cssClass) + "\">");
    for (String c : cells) {
      if (c != null && c.startsWith("#")) {
        String v = c.substring(1);
        String cls = v.startsWith("+") ? "num pos" : v.startsWith("−") ? "num neg" : "num";
        b.append("<td class=\"").append(cls).append("\">").append(esc(v)).append("</td>");
      } else {
        b.append("<td>").append(esc(c)).append("</td>");
      }
    }
    b.append("</tr>\n");
    return this;
  }

  /** A row of pre-built cells ({@code <td>…</td>} each). */
  public Html rawRow(String cssClass, String cellsHtml) {
    b.append(cssClass == null ? "<tr>" : "<tr class=\"" + esc(cssClass) + "\">").append(cellsHtml).append("</tr>\n");
    return this;
  }

  public Html endTable() {
    b.append("</tbody>\n</table>\n");
    return this;
  }

  /** The finished page. */
  public String finish() {
    return b + "</body>\n</html>\n";
  }
}
