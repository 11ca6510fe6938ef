"""A timeline as one self-contained HTML page: inline CSS and JS, no network, printable.

A direct quotation is a blockquote in quotation marks; reported speech is a
paragraph labelled paraphrase (tracker.export.quoting). Statements stream into
the page as they are read; the speaker filter (a select, vanilla JS) is filled
in the browser from the statements' own data-speaker attributes, so the writer
never holds the whole list. Every value is HTML-escaped, and only http(s)
source URLs become links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import IO, Any

from tracker.export import quoting
from tracker.export.timeline import grouped, role_line, source_label, source_link

STYLE = """
:root { --ink: #1d2330; --muted: #5b6475; --rule: #d8dce3; --accent: #2457a6; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink);
  max-width: 52rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
.meta, .shown { color: var(--muted); font: .9rem/1.4 system-ui, sans-serif; }
.controls { position: sticky; top: 0; background: #fff; padding: .6rem 0;
  border-bottom: 1px solid var(--rule); font: .95rem system-ui, sans-serif; z-index: 1; }
.controls select { font: inherit; padding: .2rem .4rem; max-width: 100%; }
section.group > h2 { font: 600 1.05rem system-ui, sans-serif; color: var(--accent);
  border-bottom: 1px solid var(--rule); margin: 1.6rem 0 .6rem; padding-bottom: .2rem; }
article.statement { margin: 0 0 1.1rem; padding-left: .9rem; border-left: 3px solid var(--rule); }
article.statement .when { color: var(--muted); font: .85rem system-ui, sans-serif; }
article.statement .who { font: 600 .95rem system-ui, sans-serif; }
article.statement .role { font-weight: normal; color: var(--muted); }
article.statement blockquote { margin: .25rem 0; }
article.statement p.paraphrase { margin: .25rem 0 .25rem 2.5rem; }
article.statement .kind { font: italic .85rem system-ui, sans-serif; color: var(--muted); }
article.statement .source { font: .85rem system-ui, sans-serif; }
a { color: var(--accent); }
[hidden] { display: none !important; }
@media print {
  .controls { display: none; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  article.statement { break-inside: avoid; page-break-inside: avoid; }
  section.group > h2 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .source a[href]::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
}
"""

SCRIPT = """
(function () {
  var select = document.getElementById('speaker');
  var shown = document.getElementById('shown');
  var items = Array.prototype.slice.call(document.querySelectorAll('article.statement'));
  var names = [];
  items.forEach(function (item) {
    var name = item.getAttribute('data-speaker');
    if (names.indexOf(name) < 0) { names.push(name); }
  });
  names.sort(function (a, b) { return a.localeCompare(b); });
  names.forEach(function (name) {
    var option = document.createElement('option');
    option.value = name; option.textContent = name; select.appendChild(option);
  });
  function apply() {
    var wanted = select.value, count = 0;
    items.forEach(function (item) {
      var keep = !wanted || item.getAttribute('data-speaker') === wanted;
      item.hidden = !keep; if (keep) { count += 1; }
    });
    document.querySelectorAll('section.group').forEach(function (group) {
      group.hidden = !group.querySelector('article.statement:not([hidden])');
    });
    shown.textContent = count + ' of ' + items.length + ' statements shown';
  }
  select.addEventListener('change', apply);
  apply();
})();
"""


def _article(row: Mapping[str, Any]) -> str:
    speaker = row["speaker"] or "unknown speaker"
    role = role_line(row)
    role_html = f' <span class="role">{escape(role)}</span>' if role else ""
    label = source_label(row)
    if label and (link := source_link(row)):
        source = f'<a href="{escape(link)}" rel="noopener noreferrer">{escape(label)}</a>'
    else:
        source = escape(label or "no source recorded")
    return (
        f'<article class="statement" id="statement-{row["id"]}" '
        f'data-speaker="{escape(speaker)}">\n'
        f'<div class="when"><time datetime="{escape(row["date"] or "")}">'
        f"{escape(row['when'])}</time></div>\n"
        f'<div class="who">{escape(speaker)}{role_html}</div>\n'
        f"{_words(row)}\n"
        f'<div class="source">Source: {source}</div>\n'
        "</article>\n"
    )


def _words(row: Mapping[str, Any]) -> str:
    """A direct quotation as a blockquote in marks; reported speech as a labelled paragraph."""
    text = escape(quoting.shown(row["text"], row["kind"]))
    if paraphrase := quoting.label(row["kind"]):
        return f'<p class="paraphrase"><span class="kind">{paraphrase}:</span> {text}</p>'
    return f"<blockquote>{text}</blockquote>"


def write_html(
    rows: Iterable[Mapping[str, Any]], out: IO[str], *, title: str, group: str = "day"
) -> int:
    """Write the page; returns how many statements it holds."""
    out.write(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(title)}</h1>\n"
        '<p class="meta">Made by tracker. Dates are the latest day a statement may have '
        "been said; uncertain dates are shown as such.</p></header>\n"
        '<div class="controls"><label for="speaker">Speaker: </label>'
        '<select id="speaker"><option value="">All speakers</option></select> '
        '<span class="shown" id="shown"></span></div>\n<main>\n'
    )
    count = 0
    for heading, members in grouped(rows, group):
        out.write(f'<section class="group">\n<h2>{escape(heading)}</h2>\n')
        for row in members:
            out.write(_article(row))
            count += 1
        out.write("</section>\n")
    if not count:
        out.write('<p class="meta">No statements match.</p>\n')
    out.write(f"</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
    return count
