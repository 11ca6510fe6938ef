"""Reading articles: which inputs arguments name, decoding, HTML, URLs, and the dateline year."""

from __future__ import annotations

import contextlib
import http.server
import io
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker import reader
from tracker.article import Article, MissingYear, Overrides, describe, reference_date, with_year
from tracker.errors import InvalidInput
from tracker.extract import read_meta

ARTICLE = (
    "Envoy says talks will resume\n\n"
    "GENEVA, March 3. /TASS/. Deputy Minister Anna Petrova said on Tuesday that the talks "
    "would resume.\n"
)
PAGE = """<!DOCTYPE html>
<html><head><title>Talks to resume, envoy says | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2022-03-04T09:30:00Z"></head>
<body><nav>Home | World | Sport | Weather</nav>
<article><h1>Talks to resume, envoy says</h1>
<p>GENEVA, March 3. /TASS/. Deputy Minister Anna Petrova said on Tuesday that the talks
would resume next week after a pause of two months.</p>
<p>"We have agreed the agenda and the dates," Petrova told reporters outside the venue.</p>
</article><footer>Copyright Example Wire. All rights reserved.</footer></body></html>
"""


def _names(items: list[reader.Input]) -> list[tuple[str, str]]:
    return [(Path(i.name).name if i.kind == "file" else i.name, i.kind) for i in items]


def test_expand_walks_directories_for_article_files_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/z.htm", "a.txt", "b/y.html", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    assert _names(reader.expand([str(tmp_path)])) == [
        ("a.txt", "file"),
        ("y.html", "file"),
        ("z.htm", "file"),
    ]


def test_expand_globs_stdin_urls_and_names_missing_inputs(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "three.html"):
        (tmp_path / name).write_text("x")
    items = reader.expand(
        [str(tmp_path / "*.txt"), "-", "https://example.org/news/story-1.html", "nope.txt"]
    )
    assert _names(items) == [
        ("one.txt", "file"),
        ("two.txt", "file"),
        ("-", "stdin"),
        ("https://example.org/news/story-1.html", "url"),
        ("nope.txt", "missing"),
    ]
    assert [i.id for i in items] == ["one", "two", "stdin", "story-1", "nope"]


def test_expand_names_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    items = reader.expand([str(tmp_path / "a.txt"), str(tmp_path), str(tmp_path / "*.txt")])
    assert len(items) == 1


def test_text_is_read_as_python_text_mode_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode())
    document = reader.read(reader.Input(str(path), "file"))
    assert document.text == path.read_text(encoding="utf-8")
    assert "\r" not in document.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n \t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Caf\xe9 au lait said the minister", "not valid UTF-8"),
    ],
)
def test_unreadable_files_are_refused_with_the_reason(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=message):
        reader.read(reader.Input(str(path), "file"))


def test_files_over_the_size_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(InvalidInput, match="over the 2000 bytes limit"):
        reader.read(reader.Input(str(path), "file"), max_bytes=2000)


def test_stdin_is_read_from_the_given_stream() -> None:
    document = reader.read(reader.Input("-", "stdin"), stdin=io.BytesIO(ARTICLE.encode()))
    assert document.text == ARTICLE


def test_html_gives_main_text_title_date_and_outlet(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    document = reader.read(reader.Input(str(path), "file"))
    assert "Petrova said on Tuesday" in document.text
    assert "We have agreed the agenda" in document.text
    assert "Copyright" not in document.text and "Weather" not in document.text
    assert document.title == "Talks to resume, envoy says"
    assert document.outlet == "Example Wire"
    assert document.published == date(2022, 3, 4)


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var page = 1;</script></head><body></body></html>")
    with pytest.raises(InvalidInput, match="no article text"):
        reader.read(reader.Input(str(path), "file"))


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path not in self.routes and self.path != "/slow":
            self.send_error(404, "Not Found")
            return
        content_type, body = self.routes.get(self.path, ("text/plain", b"late"))
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if not self.path.startswith("/stream"):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)  # the timeout test's client has gone by then

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.routes = {
        "/story.html": ("text/html; charset=utf-8", PAGE.encode()),
        "/wire.txt": ("text/plain; charset=utf-8", ARTICLE.encode()),
        "/huge.txt": ("text/plain", b"x" * 5000),
        "/stream.txt": ("text/plain", b"x" * 5000),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html_is_fetched_and_reduced_to_its_text(server: str) -> None:
    document = reader.read(reader.Input(f"{server}/story.html", "url"))
    assert "Petrova said on Tuesday" in document.text
    assert document.url == f"{server}/story.html"
    assert document.outlet == "Example Wire"


def test_url_plain_text_is_kept_as_is(server: str) -> None:
    assert reader.read(reader.Input(f"{server}/wire.txt", "url")).text == ARTICLE


@pytest.mark.parametrize("path", ["/huge.txt", "/stream.txt"])
def test_url_over_the_size_limit_is_refused(server: str, path: str) -> None:
    # /huge.txt declares its length; /stream.txt does not and is cut while read
    with pytest.raises(InvalidInput, match="over the 4000 bytes limit"):
        reader.read(reader.Input(f"{server}{path}", "url"), max_bytes=4000)


def test_url_that_does_not_answer_in_time_is_refused(server: str) -> None:
    with pytest.raises(InvalidInput, match=r"no answer within 0.3 s \(--timeout\)"):
        reader.read(reader.Input(f"{server}/slow", "url"), timeout=0.3)


def test_url_errors_name_the_http_status(server: str) -> None:
    with pytest.raises(InvalidInput, match="HTTP 404"):
        reader.read(reader.Input(f"{server}/gone", "url"))


def _article(text: str, **overrides) -> Article:
    item = reader.Input("wire.txt", "file")
    document = reader.Document(text=text)
    return describe(item, document, read_meta(text), Overrides(**overrides))


def test_a_dateline_without_a_year_takes_it_from_published() -> None:
    article = _article(ARTICLE, published=date(2022, 3, 3))
    assert reference_date(article) == date(2022, 3, 3)


def test_a_late_december_dateline_published_in_january_stays_in_its_year() -> None:
    text = ARTICLE.replace("March 3", "December 31")
    article = _article(text, published=date(2022, 1, 1))
    assert reference_date(article) == date(2021, 12, 31)


def test_a_dateline_without_a_year_is_never_guessed() -> None:
    with pytest.raises(MissingYear, match="--published"):
        reference_date(_article(ARTICLE))


def test_a_year_given_by_the_user_completes_the_dateline() -> None:
    article = with_year(_article(ARTICLE), 2022)
    assert article.published == date(2022, 3, 3)
    assert reference_date(article) == date(2022, 3, 3)


def test_command_line_metadata_wins_over_the_article() -> None:
    article = _article(ARTICLE, outlet="Interfax", title="Another title", language="ru")
    assert (article.outlet, article.title, article.language) == ("Interfax", "Another title", "ru")
    plain = _article(ARTICLE)
    assert (plain.outlet, plain.title, plain.dateline_place) == (
        "TASS",
        "Envoy says talks will resume",
        "GENEVA",
    )


def test_ingesting_a_url_records_it_with_the_date_its_page_gives(cli, db_url: str, server: str):
    from sqlmodel import select

    from tracker.db import session_scope
    from tracker.models import Institution, Source, Statement

    url = f"{server}/story.html"
    result = cli("ingest", url, "--yes")
    assert f"{url}: source 1:" in result.stdout
    with session_scope(db_url, write=False) as s:
        source = s.exec(select(Source)).one()
        assert (source.url, source.published) == (url, date(2022, 3, 4))
        assert s.get(Institution, source.outlet_id).name == "Example Wire"
        # "on Tuesday" counts back from the dateline's March 3, in the page's year
        assert {st.said_from for st in s.exec(select(Statement))} == {date(2022, 3, 1)}


def test_a_metadata_file_beside_the_article_completes_its_dateline(tmp_path: Path) -> None:
    story = tmp_path / "wire.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "wire.meta.json").write_text(
        '{"published": "2022-03-03", "url": "https://example.org/wire", "outlet": "Interfax"}',
        encoding="utf-8",
    )
    item = reader.Input(str(story), "file")
    document = reader.read(item)
    assert (document.published, document.url, document.outlet) == (
        date(2022, 3, 3),
        "https://example.org/wire",
        "Interfax",
    )
    article = describe(item, document, read_meta(ARTICLE), Overrides())
    assert reference_date(article) == date(2022, 3, 3)
    assert reader.expand([str(tmp_path)]) == [item]  # the metadata file is not an article


@pytest.mark.parametrize("content", ['{"published": "3 March"}', "[1, 2]", "{not json"])
def test_a_bad_metadata_file_is_refused_with_its_name(tmp_path: Path, content: str) -> None:
    story = tmp_path / "wire.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "wire.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput, match="wire.meta.json"):
        reader.read(reader.Input(str(story), "file"))
