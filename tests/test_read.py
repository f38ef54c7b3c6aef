"""Reading documents: encodings, HTML, hostile paths, manifests and privacy masking."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from return_atlas.normalise._data import read_csv
from return_atlas.read.html import html_to_text
from return_atlas.read.privacy import MASK, find_personal_data, mask_personal_data
from return_atlas.read.reader import ReadProblem, ReadResult, read_folder, to_text
from return_atlas.validate.textscan import MAYBE_PERSONAL


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Tél. : + 31 70 318 1500\nE-mail :", "+ 31 70 318 1500"),
        ("Tél. +25522 2602913", "+25522 2602913"),
        ('"mailto:jdoe@iom.int">jdoe@iom.int', "jdoe@iom.int"),
        ("Phone: 022 717 91 11", "022 717 91 11"),
        ("Teléfono (+41) 22 717 9111", "(+41) 22 717 9111"),
        ("write to first.last+news@example.org.", "first.last+news@example.org"),
    ],
)
def test_personal_data_is_masked(text: str, secret: str) -> None:
    masked, count = mask_personal_data(text)
    assert secret not in masked
    assert count >= 1
    assert len(masked) == len(text), "masking must keep offsets valid"


def _phone_labels() -> list[str]:
    return [row["label"] for row in read_csv("privacy", "phone_labels.csv")]


@pytest.mark.parametrize("label", _phone_labels())
@pytest.mark.parametrize("spelled", [str.lower, str.title, str.upper])
def test_every_phone_label_of_the_data_masks_the_number_after_it(
    label: str, spelled: Callable[[str], str]
) -> None:
    text = f"Contact. {spelled(label)}: 022 717 91 11\nNext line"
    masked, count = mask_personal_data(text)
    assert count == 1
    assert "717" not in masked


def test_validation_looks_for_phone_numbers_after_every_label() -> None:
    for label in _phone_labels():
        assert re.search(MAYBE_PERSONAL, f"{label.title()}: 022 717 91 11"), label


@pytest.mark.parametrize(
    "text",
    [
        "Budget Amount (USD) 103,058 for 2019-2020",
        "from 01.07.2011 to 30.06.2012",
        "63,316 migrants returned in 2018",
        "USD 3,500,000 and 1 500 000 people",
        "Project ID TC.0635, Prima ID SV10P0003",
    ],
)
def test_numbers_that_are_not_phones_are_kept(text: str) -> None:
    assert find_personal_data(text) == []


def test_html_becomes_lines() -> None:
    html = (
        "<html><head><title>x</title><style>p{}</style></head><body><h1>Title</h1>"
        "<ul><li>One</li><li>Two &amp; three</li></ul><script>var a;</script>"
        "<p>Para<br>graph</p></body></html>"
    )
    assert html_to_text(html) == "Title\n- One\n- Two & three\nPara\ngraph\n"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_character_references_left_in_text_files_are_decoded(suffix: str) -> None:
    raw = b"its programme &quot;Safe Return&quot;; DFID&#39;s share; R&amp;D; AT&T; &copy"
    text, warnings = to_text(raw, suffix)
    assert text == 'its programme "Safe Return"; DFID\'s share; R&D; AT&T; &copy'
    assert warnings == ["4 HTML character reference(s) decoded"]


def test_bom_crlf_and_latin1_are_read() -> None:
    text, warnings = to_text("\ufeffLigne un\r\nDeux".encode(), ".txt")
    assert text == "Ligne un\nDeux"
    assert warnings == []
    text, warnings = to_text("Côte d’Ivoire".encode("cp1252"), ".txt")
    assert text == "Côte d’Ivoire"
    assert "Windows-1252" in warnings[0]


def test_folder_with_bad_files_reports_them(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A project page\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(outside)
    (tmp_path / "manifest.csv").write_text("nofile,url\nx,y\n", encoding="utf-8")
    results = list(read_folder(tmp_path))
    problems = {r.file: r.message for r in results if isinstance(r, ReadProblem)}
    read = [r.document.file for r in results if isinstance(r, ReadResult)]
    assert read == ["good.txt"]
    assert "empty" in problems["empty.txt"]
    assert "outside" in problems["link.txt"]
    assert "manifest.csv" in problems


def test_links_anywhere_below_the_folder_are_followed_and_checked(tmp_path: Path) -> None:
    """Only a path without links is read without resolving it; a link in any part of the
    relative path is followed, and refused when it leads outside."""
    from return_atlas.read.reader import Manifest, read_document

    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "sub" / "a.txt").write_text("inside", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "b.txt").write_text("outside", encoding="utf-8")
    (docs / "linked").symlink_to(docs / "sub")
    (docs / "away").symlink_to(tmp_path / "out")
    (docs / "sub" / "alias.txt").symlink_to(docs / "sub" / "a.txt")

    def outcome(relative: str) -> str:
        result = read_document(docs, docs / relative, Manifest())
        return result.message if isinstance(result, ReadProblem) else result.document.text

    assert outcome("sub/a.txt") == "inside"
    assert outcome("linked/a.txt") == "inside"
    assert outcome("sub/alias.txt") == "inside"
    assert "outside" in outcome("away/b.txt")
    assert outcome("sub/missing.txt") == "cannot be read: No such file or directory"
    assert outcome("sub/a.txt/x.txt") == "cannot be read: Not a directory"
    assert outcome("sub/../sub/a.txt") == "inside"


def test_manifest_gives_urls(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,retrieved\na.txt,https://example.org/a,2024-01-02\n", encoding="utf-8"
    )
    (result,) = [r for r in read_folder(tmp_path) if isinstance(r, ReadResult)]
    assert result.document.url == "https://example.org/a"
    assert result.document.retrieved == "2024-01-02"
    assert MASK not in result.document.text


def test_folder_named_through_dot_dot_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hidden files are skipped inside the folder, but the folder's own path may hold '..'."""
    docs = tmp_path / "shared" / "documents"
    docs.mkdir(parents=True)
    (docs / "a.txt").write_text("text", encoding="utf-8")
    (docs / ".hidden.txt").write_text("text", encoding="utf-8")
    (tmp_path / "main").mkdir()
    monkeypatch.chdir(tmp_path / "main")
    results = list(read_folder(Path("../shared/documents")))
    assert [r.document.file for r in results if isinstance(r, ReadResult)] == ["a.txt"]


def test_document_names_are_what_rglob_finds(tmp_path: Path) -> None:
    """The quick listing lists what Path.rglob lists (the definition it replaced)."""
    from return_atlas.read.reader import SUFFIXES, list_document_names, list_documents

    for rel in ["a.txt", "B.TXT", "c.md", "d.html", "e.htm", "f.csv", ".hidden.txt",
                ".hid/x.txt", "sub/y.txt", "sub/deep/z.MD", "dir.txt/inner.txt", "a.",
                "noext", "sub/.g.txt", "x y.txt", "sub-a/t.txt", "sub.b/t.txt"]:  # fmt: skip
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "sub")
    (tmp_path / "linked").symlink_to(tmp_path / "sub")
    expected = sorted(
        path.relative_to(tmp_path).as_posix()
        for path in tmp_path.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(tmp_path).parts)
    )
    assert list_document_names(tmp_path) == expected
    assert list_documents(tmp_path) == [tmp_path / name for name in expected]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Contact: ktamm@iom.int, +372\u00a0611\u00a06088", "611"),
        ("Tél.\u00a0:\u00a0022\u00a0717\u00a091\u00a011", "717"),
        ("(+41)\u202f22\u202f717\u202f91\u202f11", "717"),
        ("0041\u200922\u2009717\u200991\u200911", "717"),
    ],
)
def test_a_phone_number_spaced_with_no_break_spaces_is_masked(text: str, secret: str) -> None:
    masked, count = mask_personal_data(text)
    assert secret not in masked
    assert count >= 1


def test_a_figure_spaced_with_a_no_break_space_is_kept() -> None:
    assert find_personal_data("En 2019, 2\u00a0450 migrants sont rentrés.") == []
