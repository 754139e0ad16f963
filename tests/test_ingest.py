"""Ingest: files -> Documents or Rejections, boilerplate stripped, dates and titles found."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from tests.shared import shared_path
from truce.errors import IngestError
from truce.ids import content_hash, slug, stable_id
from truce.ingest import IngestBatch, Rejection, document_from_text, read_documents
from truce.ingest import text as ingest_text
from truce.model import SourceKind

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _one(batch: IngestBatch) -> Rejection:
    assert batch.documents == []
    assert len(batch.rejected) == 1
    return batch.rejected[0]


# --- the seed article ---------------------------------------------------------------


def test_seed_article_body_title_and_original_date() -> None:
    golden = json.loads(shared_path("seed", "golden.json").read_text(encoding="utf-8"))
    expected = golden["document"]
    batch = read_documents([shared_path("seed", "article.md")])
    assert batch.rejected == []
    [doc] = batch.documents
    body = doc.body.casefold()
    for phrase in expected["body_must_not_contain"]:
        assert phrase.casefold() not in body, phrase
    for phrase in expected["body_must_contain"]:
        assert phrase in doc.body, phrase
    assert doc.title == expected["title"]
    assert doc.title is not None and doc.title not in doc.body
    # The byline names Global Research's 21 Sep republication and South Front's original.
    assert doc.published == dt.date(2016, 9, 20)
    assert doc.published.isoformat() == expected["published"]
    assert "Region:" not in doc.body and not doc.body.startswith("By ")
    # A sentence split by a stray blank line is whole again.
    assert "pushing for breaching the ceasefire" in doc.body
    assert "<u>" not in doc.body and "**" not in doc.body
    assert doc.content_hash == content_hash(doc.body)
    assert doc.id == stable_id("doc", doc.content_hash)


# --- own fixtures -------------------------------------------------------------------


def test_markdown_with_front_matter() -> None:
    batch = read_documents([FIXTURES / "article.md"])
    [doc] = batch.documents
    assert doc.title == "Observers log quiet night along the northern line"
    assert doc.published == dt.date(2024, 5, 2)
    assert doc.url == "https://monitor.example.net/reports/2024-05-02"
    assert doc.language == "en"
    assert doc.path == str(FIXTURES / "article.md")
    assert doc.raw_text == (FIXTURES / "article.md").read_text(encoding="utf-8")
    # Markup reduced to what a reader sees; the heading repeating the title is not body.
    assert doc.body.startswith("The observation team reported no incidents")
    assert "since the truce began." in doc.body
    assert "report again on Friday." in doc.body
    for markup in ("**", "](", "<u>", "# ", "---", "source_kind"):
        assert markup not in doc.body
    paragraphs = doc.body.split("\n\n")
    assert "- the old quarry road, which remained closed;" in paragraphs
    assert "Share this" not in doc.body and "Follow us" not in doc.body
    # The source named in the front matter, with its kind, once.
    [source] = batch.sources
    assert source.name == "Lakeside Monitor"
    assert source.kind is SourceKind.MONITOR
    assert source.id == stable_id("src", slug("Lakeside Monitor"))
    assert doc.source_id == source.id


def test_plain_text_title_dateline_and_footer() -> None:
    [doc] = read_documents([FIXTURES / "bulletin.txt"]).documents
    assert doc.title == "Convoy reaches Eastgate after two days at checkpoint"
    assert doc.published == dt.date(2024, 5, 14)
    assert doc.body.startswith("EASTGATE - A convoy of twelve aid lorries")
    assert "BST" not in doc.body
    assert "Copyright" not in doc.body and "©" not in doc.body
    assert "newsletter" not in doc.body and "All rights reserved" not in doc.body
    assert doc.body.endswith("expected within the week if the road stayed open.")
    # Hard-wrapped lines are joined; paragraphs are separated by one blank line.
    assert len(doc.body.split("\n\n")) == 3
    assert "waiting two days at a checkpoint" in doc.body
    assert doc.source_id is None


def test_html_page_with_nav_cookie_banner_and_footer() -> None:
    path = FIXTURES / "page.html"
    batch = read_documents([path])
    [doc] = batch.documents
    assert doc.title == "Shelling reported near Northbridge despite truce"
    assert doc.published == dt.date(2023, 3, 14)
    assert doc.url == "https://courier.example.org/2023/03/14/northbridge-shelling"
    assert doc.language == "en"  # from <html lang="en-GB">
    assert doc.raw_text == path.read_text(encoding="utf-8")
    assert doc.body.startswith("Residents of Northbridge said artillery shells landed")
    assert "could not confirm which side had fired." in doc.body
    assert doc.body.endswith("coastal town of Saltmere.")
    for junk in ("Home", "Politics", "cookies", "Football results", "newsletter", "Copyright"):
        assert junk not in doc.body, junk
    assert len(doc.body.split("\n\n")) == 4
    assert [s.name for s in batch.sources] == ["Valley Courier"]


def test_html_from_text_reads_lang_and_keeps_html_as_raw_text() -> None:
    markup = (
        (FIXTURES / "page.html").read_text(encoding="utf-8").replace('lang="en-GB"', 'lang="fr"')
    )
    doc = document_from_text(markup, fmt="html")
    assert doc.language == "fr"
    assert doc.raw_text == markup
    assert doc.path is None


# --- bad files ----------------------------------------------------------------------


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.md"
    blank.write_bytes(b"  \n\t\n   \r\n")
    assert "empty file" in _one(read_documents([empty])).reason
    rejection = _one(read_documents([blank]))
    assert rejection.reason == "empty file (only whitespace)"
    assert rejection.path == str(blank)


def test_only_boilerplate_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "footer.txt"
    path.write_text(
        "Copyright © 2024 Some Agency. All rights reserved.\n\nSubscribe to our newsletter.\n"
    )
    assert "no article text left" in _one(read_documents([path])).reason


def test_binary_files_are_rejected(tmp_path: Path) -> None:
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    controls = tmp_path / "controls.md"
    controls.write_bytes(bytes(range(1, 9)) * 200)
    for path in (png, controls):
        assert _one(read_documents([path])).reason.startswith("binary file")


def test_non_utf8_is_rejected_with_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait near the front line.\n".encode("latin-1"))
    reason = _one(read_documents([path])).reason
    # "Caf" is 3 bytes; the latin-1 é (0xE9) at offset 3 is not valid UTF-8 there.
    assert reason.startswith(
        "not UTF-8 text (invalid byte at offset 3); convert it with e.g. iconv"
    )


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle line\n\nThe army said the road was open.\n")
    [doc] = read_documents([path]).documents
    assert doc.title == "Title line"
    assert doc.body == "The army said the road was open."


def test_too_large_with_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Some text.\n" * 100)
    reason = _one(read_documents([path], max_bytes=500)).reason
    assert reason.startswith("too large: 1,100 bytes")
    assert "limit of 500 bytes" in reason
    assert read_documents([path], max_bytes=1100).documents  # at the limit is fine


def test_sparse_50mb_file_rejected_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"A header line\n\nThen a body.\n")
        handle.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        batch = read_documents([path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.0
    assert peak < 2_000_000  # reading even the 20 MB limit would allocate 20 MB
    reason = _one(batch).reason
    assert "52,428,800 bytes" in reason and "limit of 20,000,000 bytes" in reason


def test_missing_path_and_unsupported_type(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    missing = tmp_path / "nope.txt"
    batch = read_documents([missing, pdf])
    assert batch.documents == []
    assert batch.rejected[0] == Rejection(str(missing), "no such file or directory")
    assert batch.rejected[1].path == str(pdf)
    assert batch.rejected[1].reason.startswith("unsupported file type '.pdf'")


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ("---\ntitle: A\npublished: 20 Sep 2016\n---\n", 3, "YYYY-MM-DD"),
        ("---\ntitle: A\nsource_kind: blog\n---\n", 3, "source_kind"),
        ("---\ntitle: A\nlanguage: en\nauthr: B\n---\n", 4, "unknown key 'authr'"),
        ("---\ntitle: [unclosed\nurl: x\n---\n", 3, "invalid front matter"),
        ("---\ntitle: A\n", 1, "never closed"),
    ],
)
def test_invalid_front_matter_names_the_line(
    tmp_path: Path, front: str, line: int, words: str
) -> None:
    path = tmp_path / "bad.md"
    path.write_text(front + "\nThe army said the road was open.\n")
    rejection = _one(read_documents([path]))
    assert rejection.line == line
    assert words in rejection.reason
    assert f"line {line}" in rejection.reason
    with pytest.raises(IngestError):
        document_from_text(path.read_text(), fmt="markdown")


# --- folders, order, identity -------------------------------------------------------


def test_folder_mixing_good_and_bad_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    shutil.copy(FIXTURES / "bulletin.txt", folder / "b_bulletin.txt")
    shutil.copy(FIXTURES / "article.md", folder / "sub" / "a_article.md")
    shutil.copy(FIXTURES / "page.html", folder / "c_page.HTM")
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "d_latin.md").write_bytes("Caf\u00e9\n".encode("latin-1"))
    (folder / "notes.csv").write_text("a,b\n1,2\n")  # other types in a folder: skipped
    (folder / ".draft.txt").write_text("Hidden draft.\n")
    (folder / ".hidden" / "x.txt").write_text("Hidden folder.\n")
    seen: list[Path] = []
    batch = read_documents([folder], on_file=seen.append)
    names = [Path(d.path or "").name for d in batch.documents]
    assert names == ["b_bulletin.txt", "c_page.HTM", "a_article.md"]
    assert [(Path(r.path).name, r.reason.split(" (")[0]) for r in batch.rejected] == [
        ("a_empty.txt", "empty file"),
        ("d_latin.md", "not UTF-8 text"),
    ]
    assert [p.name for p in seen] == [
        "a_empty.txt", "b_bulletin.txt", "c_page.HTM", "d_latin.md", "a_article.md",
    ]  # fmt: skip
    assert read_documents([folder]) == batch  # deterministic


def test_same_content_under_two_names_gives_one_id(tmp_path: Path) -> None:
    for name in ("one.md", "two.md"):
        shutil.copy(FIXTURES / "article.md", tmp_path / name)
    batch = read_documents([tmp_path])
    assert len(batch.documents) == 2
    assert len({d.id for d in batch.documents}) == 1
    assert {d.path for d in batch.documents} == {str(tmp_path / "one.md"), str(tmp_path / "two.md")}
    assert len(batch.sources) == 1  # deduplicated
    # Naming the same file twice reads it once.
    assert len(read_documents([tmp_path / "one.md", tmp_path, tmp_path / "one.md"]).documents) == 2


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("x\n")
    assert "folder has no .txt" in _one(read_documents([tmp_path])).reason


# --- in-memory text -----------------------------------------------------------------


def test_document_from_text_arguments_override_front_matter() -> None:
    text = "---\ntitle: T\npublished: 2020-01-02\nsource: Alpha\n---\nThe road was open.\n"
    doc = document_from_text(text, fmt="text", published=dt.date(2021, 3, 4), source="Beta")
    assert doc.published == dt.date(2021, 3, 4)
    assert doc.source_id == stable_id("src", "beta")
    assert doc.title == "T"
    assert doc.body == "The road was open."
    plain = document_from_text(text, fmt="text")
    assert plain.published == dt.date(2020, 1, 2)
    assert plain.id == doc.id  # same body, same id


def test_byline_with_several_dates_gives_the_earliest() -> None:
    text = (
        "Talks resume in the capital\n\n"
        "By Ann Lee | Republished June 3, 2019 | First published 2019-05-30\n\n"
        "Delegations met on 1 June 2019 to discuss the truce.\n"
    )
    doc = document_from_text(text, fmt="text")
    assert doc.published == dt.date(2019, 5, 30)
    assert doc.body == "Delegations met on 1 June 2019 to discuss the truce."


def test_a_title_that_names_a_date_is_a_title_not_a_byline() -> None:
    text = (
        "Weekly digest No. 41: documented violations in north-east Syria, 5-11 October 2020\n\n"
        "Issued on Monday 12 October 2020 by the rights network. One line per incident.\n"
    )
    doc = document_from_text(text, fmt="text")
    assert doc.title is not None and doc.title.startswith("Weekly digest No. 41")
    # a byline is a date with a few labels around it
    byline = "Reuters | Monday 12 October 2020 10:32 GMT"
    doc = document_from_text(f"Talks resume\n\n{byline}\n\nDelegations met.\n", fmt="text")
    assert (doc.title, doc.published, doc.body) == ("Talks resume", dt.date(2020, 10, 12),
                                                    "Delegations met.")  # fmt: skip


def test_dates_in_the_body_are_not_publication_dates() -> None:
    text = "The army said on 5 March 2019 that the road had reopened.\n\nTraffic resumed.\n"
    doc = document_from_text(text, fmt="text")
    assert doc.published is None
    assert doc.title is None
    assert doc.body == text.strip()


def test_boilerplate_rules_keep_reporting_that_mentions_similar_words() -> None:
    text = (
        "Donors pledged to donate medical supplies to the two hospitals.\n\n"
        "Please support our project with a donation via PayPal.\n\n"
        "Related fighting was reported near the border crossing.\n\n"
        "https://example.org/story\n"
    )
    doc = document_from_text(text, fmt="markdown")
    assert doc.body == (
        "Donors pledged to donate medical supplies to the two hospitals.\n\n"
        "Related fighting was reported near the border crossing."
    )


def test_related_links_and_tags_closing_a_page_are_cut() -> None:
    """Other articles' headlines and keyword tags are not this article's news; a
    paragraph or heading that merely contains the word stays."""
    text = (
        "Shelling hit the market in the old town on Friday. Four people were wounded. ... 12 "
        "Related Jets Strike Convoy Near Border Crossing Truce Talks Stall in Capital "
        "Tags shelling ceasefire Northern Province Community standards\n\n"
    )
    doc = document_from_text(text, fmt="text")
    assert (
        doc.body == "Shelling hit the market in the old town on Friday. Four people were wounded."
    )
    tags_only = document_from_text(
        "Monitors counted ten violations on Sunday. 3 Tags truce monitors Eastern Valley\n",
        fmt="text",
    )
    assert tags_only.body == "Monitors counted ten violations on Sunday."
    kept = (
        "Aid reached the besieged town on Monday.\n\n"
        "## Price Tags on Bread Double in the Town\n\n"
        "Related talks resumed on Monday. Tags on the crates named the donors\n"
    )
    body = document_from_text(kept, fmt="markdown").body
    assert "Price Tags on Bread Double in the Town" in body
    assert body.endswith("Related talks resumed on Monday. Tags on the crates named the donors")


def test_text_left_empty_raises() -> None:
    with pytest.raises(IngestError, match="no article text left"):
        document_from_text("Copyright © 2020 Agency\n", fmt="text", path="x.txt")


def test_inline_boilerplate_sentences_are_cut_from_run_together_text() -> None:
    text = (
        "Fighting resumed near the dam on Sunday. Two soldiers were wounded, officials said. "
        "Never miss a story: sign up to our channel and follow the war with us!\n"
    )
    doc = document_from_text(text, fmt="text")
    assert doc.body == (
        "Fighting resumed near the dam on Sunday. Two soldiers were wounded, officials said."
    )


def test_dateline_opening_the_text_gives_the_date_and_stays_in_the_body() -> None:
    doc = document_from_text("Wed 05 Apr 2017 Officials said the crossing reopened.", fmt="text")
    assert doc.published == dt.date(2017, 4, 5)
    assert doc.body == "Wed 05 Apr 2017 Officials said the crossing reopened."
    late = document_from_text("Officials said on 5 April 2017 the crossing reopened.", fmt="text")
    assert late.published is None


def test_a_lone_headline_is_kept_as_body_not_taken_as_byline() -> None:
    doc = document_from_text("Ceasefire holds in the valley, monitors say 26 Nov 2017", fmt="text")
    assert doc.body == "Ceasefire holds in the valley, monitors say 26 Nov 2017"


def test_quick_boilerplate_test_never_misses_a_rule() -> None:
    """The lower-cased, boundary-free pre-test (only for speed) lets through every
    sentence a boilerplate rule matches, whatever its case or odd letters."""
    words = sorted({w for r in ingest_text._BOILERPLATE_RULES for w in re.findall(r"[a-z]+", r)})
    words += ["the", "army", "said", "©", "www.example.org", "https://x.org/a", "you", "donation"]
    rng = random.Random(13)
    checked = 0
    for _ in range(3000):
        parts = [rng.choice(words) for _ in range(rng.randint(1, 7))]
        parts = [rng.choice([p, p.upper(), p.capitalize()]) for p in parts]
        sentence = rng.choice(["", "- ", "  "]) + " ".join(parts) + rng.choice([".", ":", ""])
        if ingest_text._BOILERPLATE.search(sentence):
            checked += 1
            assert ingest_text._may_be_boilerplate(sentence), sentence
    assert checked > 100  # enough sentences did match a rule
    # The long s matches "s" case-insensitively but does not lower-case to it.
    odd = "Please ſupport our work."
    assert ingest_text._BOILERPLATE.search(odd) and ingest_text._may_be_boilerplate(odd)
    assert not ingest_text._may_be_boilerplate("Two soldiers were wounded, officials said.")
