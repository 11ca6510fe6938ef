"""`tracker source`: storing texts once (by sha256), outlets, listings and excerpts."""

from __future__ import annotations

import hashlib
import json

ARTICLE = (
    "Moscow demands guarantees\n\n"
    "MOSCOW, December 17. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said on "
    "Friday that the proposals were not unacceptable.\n\n"
    '"I don\u2019t think so," Ryabkov said.\n'
)


def sources(cli) -> list[dict]:
    return json.loads(cli("source", "list", "--format", "json").stdout)


def failed(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in result.stderr


def test_add_stores_the_full_text_and_its_sha256(cli, tmp_path):
    path = tmp_path / "tass.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = cli(
        "source",
        "add",
        str(path),
        "--url",
        "https://tass.com/x",
        "--outlet",
        "TASS",
        "--title",
        "Moscow demands guarantees",
        "--published",
        "17 December 2021",
    )
    assert out.stdout.startswith(f"added source 1 ({len(ARTICLE)} characters")
    [row] = sources(cli)
    assert list(row) == [
        "id",
        "published",
        "outlet",
        "title",
        "url",
        "chars",
        "statements",
        "sha256",
    ]
    assert row["sha256"] == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert (row["published"], row["outlet"], row["chars"]) == ("2021-12-17", "TASS", len(ARTICLE))
    detail = json.loads(cli("source", "show", "1", "--full", "-f", "json").stdout)
    assert detail["text"] == ARTICLE


def test_the_same_text_twice_is_reported_with_its_id(cli, tmp_path):
    cli("source", "add", "-", input=ARTICLE)
    again = cli("source", "add", "-", "--title", "Other title", input=ARTICLE)
    assert again.exit_code == 0
    assert "already stored as source 1" in again.stdout
    assert len(sources(cli)) == 1 and sources(cli)[0]["title"] is None


def test_an_unknown_outlet_becomes_a_media_outlet_and_a_known_one_is_reused(cli):
    cli("institution", "add", "Reuters", "--kind", "media outlet", "--country", "GB")
    cli("source", "add", "-", "--outlet", "reuters", input="first text")
    cli("source", "add", "-", "--outlet", "Xinhua News Agency", input="second text")
    outlets = json.loads(cli("institution", "list", "--kind", "media outlet", "-f", "json").stdout)
    assert [o["name"] for o in outlets] == ["Reuters", "Xinhua News Agency"]


def test_add_refuses_bad_input_and_writes_nothing(cli, tmp_path):
    failed(cli("source", "add", str(tmp_path / "missing.txt"), expect=None), "missing.txt")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9".encode("latin-1"))
    failed(cli("source", "add", str(latin1), expect=None), "not valid UTF-8")
    failed(cli("source", "add", "-", "--published", "../2021-12", input="x", expect=None), "a day")
    failed(cli("source", "add", "-", "--published", "yesterday", input="x", expect=None))
    failed(cli("source", "add", "-", "--outlet", "BBC", input="  \n", expect=None), "empty")
    assert sources(cli) == []
    assert json.loads(cli("institution", "list", "-f", "json").stdout) == []


def test_list_puts_the_latest_published_first_and_limits(cli):
    cli("source", "add", "-", "--published", "2021-12-10", input="older")
    cli("source", "add", "-", "--published", "2022-01-10", input="newer")
    cli("source", "add", "-", input="undated")
    assert [s["chars"] for s in sources(cli)] == [5, 5, 7]
    assert [s["published"] for s in sources(cli)][:2] == ["2022-01-10", "2021-12-10"]
    lines = cli("source", "list", "--limit", "1", "-f", "jsonl").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["published"] == "2022-01-10"
    assert cli("source", "list", "--limit", "0", expect=2).exit_code == 2


def test_show_prints_metadata_and_an_excerpt(cli):
    long_text = "Paragraph. " * 200
    cli("source", "add", "-", "--outlet", "TASS", "--title", "Long one", input=long_text)
    out = cli("source", "show", "1").stdout
    assert out.startswith("Source 1: Long one")
    assert "Outlet: TASS" in out and f"Length: {len(long_text)} characters" in out
    assert out.rstrip().endswith("[…]") and len(out) < len(long_text)
    failed(cli("source", "show", "7", expect=None), "no source with id '7'")
