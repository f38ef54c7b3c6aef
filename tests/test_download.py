"""Downloads: releases served by a local HTTP server on 127.0.0.1, verified, cached, offline.

The server runs in a thread started by the fixture and serves a releases folder made by the
release code; nothing leaves the machine.
"""

from __future__ import annotations

import http.server
import io
import json
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from return_atlas.cli import main
from return_atlas.fetch import (
    DownloadError,
    IntegrityError,
    available_versions,
    download,
    fetch,
    load,
)
from return_atlas.fetch.remote import DEFAULT_BASE_URL, base_url, index_url, release_url
from return_atlas.release.integrity import format_sums, parse_sums, sha256_bytes
from tests.test_release import ITEMS, Project, make_package


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, quiet; records every path asked for; can cut a file short in transit."""

    requests: list[str]
    cut: set[str]

    def log_message(self, format: str, *args: Any) -> None:
        """No access log on stderr."""

    def do_GET(self) -> None:
        """Serve the file, or only half of it (with the full Content-Length) when cut."""
        self.requests.append(self.path)
        if self.path not in self.cut:
            super().do_GET()
            return
        path = Path(self.translate_path(self.path))
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])
        self.wfile.flush()
        self.close_connection = True


class QuietServer(http.server.ThreadingHTTPServer):
    """A threading HTTP server that does not print the tracebacks of cut connections."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore a client that went away."""


class Server:
    """A static server of a releases folder on 127.0.0.1, in a thread."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[str] = []
        self.cut: set[str] = set()
        handler = type("H", (Handler,), {"requests": self.requests, "cut": self.cut})
        self.httpd = QuietServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def stop(self) -> None:
        """Shut the server down; later requests are refused by the system."""
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.thread.join(5)
        self.httpd.server_close()


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A releases folder with 1.0.0 (two items) and 1.1.0 (three items)."""
    project = Project(tmp_path_factory.mktemp("published") / "repo")
    make_package(project.package)
    project.release("1.0.0")
    extra = {"item_id": "c3", "title": "Gamma", "country": "GIN", "start": "2022",
             "amount": "7", "count": "1", "tags": "z"}  # fmt: skip
    make_package(project.package, [*ITEMS, extra])
    project.release("1.1.0")
    return project.releases


@pytest.fixture
def server(published: Path, tmp_path: Path) -> Iterator[Server]:
    """A server of a private copy of the published releases (tests may tamper with it)."""
    import shutil

    root = tmp_path / "site"
    shutil.copytree(published, root)
    running = Server(root)
    yield running
    running.stop()


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """An empty cache folder."""
    return tmp_path / "cache"


def test_urls() -> None:
    assert release_url("http://h/r/", "1.0.0") == "http://h/r/1.0.0/"
    assert index_url("http://h/r") == "http://h/r/releases.json"
    assert release_url(DEFAULT_BASE_URL, "1.2.3").endswith("/releases/download/v1.2.3/")
    assert index_url(DEFAULT_BASE_URL) == (
        "https://github.com/return-atlas/return-atlas/releases/latest/download/releases.json"
    )
    assert index_url("http://h/{version}/x") == "http://h/latest/x/releases.json"


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RETURN_ATLAS_BASE_URL", raising=False)
    assert base_url() == DEFAULT_BASE_URL
    monkeypatch.setenv("RETURN_ATLAS_BASE_URL", "http://127.0.0.1:9/")
    assert base_url() == "http://127.0.0.1:9/"
    assert base_url("http://other/") == "http://other/"


def test_load_latest_returns_typed_tables(server: Server, cache: Path) -> None:
    tables = load(base=server.url, cache=cache)
    assert set(tables) == {"items", "sources", "statuses"}
    items = tables["items"]
    assert [row["item_id"] for row in items] == ["a1", "b2", "c3"]
    assert items[0] == {"item_id": "a1", "title": "Alpha", "country": "SEN", "start": "2019-05",
                        "amount": 1500.5, "count": 3, "tags": ["x", "y"]}  # fmt: skip
    assert items[1]["amount"] is None
    assert items[1]["tags"] is None
    assert "/releases.json" in server.requests


def test_load_a_named_version_and_some_resources(server: Server, cache: Path) -> None:
    tables = load("1.0.0", resources=["items"], base=server.url, cache=cache)
    assert list(tables) == ["items"]
    assert len(tables["items"]) == 2
    assert "/releases.json" not in server.requests
    with pytest.raises(KeyError, match="nothing"):
        load("1.0.0", resources=["nothing"], base=server.url, cache=cache)


def test_lazy_top_level_load() -> None:
    code = (
        "import sys, return_atlas\n"
        "assert 'pooch' not in sys.modules and 'return_atlas.fetch' not in sys.modules\n"
        "from return_atlas import load\n"
        "from return_atlas.fetch import load as real\n"
        "assert load is real\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_offline_reuse_of_the_cache(server: Server, cache: Path) -> None:
    first = fetch("1.0.0", base=server.url, cache=cache)
    fetch(base=server.url, cache=cache)  # the latest, 1.1.0, and the index
    asked = len(server.requests)
    again = fetch("1.0.0", base=server.url, cache=cache)
    assert again == first
    assert len(server.requests) == asked  # served from the cache, no request
    server.stop()
    assert load("1.0.0", base=server.url, cache=cache)["items"][0]["item_id"] == "a1"
    latest = fetch(base=server.url, cache=cache)  # index unreachable: the cached one
    assert latest.version == "1.1.0"
    assert fetch(base=server.url, cache=cache, offline=True).version == "1.1.0"
    assert available_versions(server.url, cache=cache, offline=True) == ["1.1.0", "1.0.0"]


def test_offline_without_cache_is_refused(server: Server, cache: Path) -> None:
    with pytest.raises(DownloadError, match="offline mode forbids"):
        fetch("1.0.0", base=server.url, cache=cache, offline=True)
    with pytest.raises(DownloadError, match="no release found in the cache"):
        fetch(base=server.url, cache=cache, offline=True)
    assert server.requests == []


def test_tampered_zip_is_refused(server: Server, cache: Path) -> None:
    path = server.root / "1.0.0" / "return-atlas-1.0.0.zip"
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="tampered with or truncated") as refused:
        fetch("1.0.0", base=server.url, cache=cache)
    assert "return-atlas-1.0.0.zip" in str(refused.value)
    assert not (cache / "1.0.0" / "return-atlas-1.0.0.zip").exists()


def test_truncated_file_is_refused(server: Server, cache: Path) -> None:
    path = server.root / "1.0.0" / "return-atlas-1.0.0.zip"
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(IntegrityError, match="does not match the published one"):
        fetch("1.0.0", base=server.url, cache=cache)


def test_download_cut_short_in_transit_is_refused(server: Server, cache: Path) -> None:
    server.cut.add("/1.0.0/return-atlas-1.0.0.zip")
    with pytest.raises(DownloadError, match="could not download") as refused:
        fetch("1.0.0", base=server.url, cache=cache)
    assert "incomplete" in str(refused.value).lower()
    assert not (cache / "1.0.0" / "return-atlas-1.0.0.zip").exists()


def test_repacked_release_with_matching_sums_is_refused(server: Server, cache: Path) -> None:
    """A file changed inside the zip, zip hash republished: the descriptor's hash catches it."""
    folder = server.root / "1.0.0"
    name = "return-atlas-1.0.0.zip"
    with zipfile.ZipFile(folder / name) as archive:
        entries = {info: archive.read(info) for info in archive.infolist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in entries.items():
            changed = data.replace(b"Alpha", b"Omega")
            archive.writestr(info, changed if info.filename.endswith("data/items.csv") else data)
    (folder / name).write_bytes(buffer.getvalue())
    sums = parse_sums((folder / "SHA256SUMS").read_text())
    sums[name] = sha256_bytes(buffer.getvalue())
    (folder / "SHA256SUMS").write_text(format_sums(sums))
    with pytest.raises(IntegrityError, match=r"data/items\.csv: SHA-256 differs"):
        fetch("1.0.0", base=server.url, cache=cache)
    assert not (cache / "1.0.0" / name).exists()


def test_pinned_hash_and_index_must_agree(server: Server, cache: Path) -> None:
    with pytest.raises(IntegrityError, match="other than the pinned one"):
        fetch("1.0.0", base=server.url, cache=cache, sha256="0" * 64)
    index = json.loads((server.root / "releases.json").read_text())
    index["releases"][0]["sha256"] = "1" * 64
    (server.root / "releases.json").write_text(json.dumps(index))
    with pytest.raises(IntegrityError, match="disagree"):
        fetch(base=server.url, cache=cache)


def test_damaged_cache_is_repaired_online_and_refused_offline(server: Server, cache: Path) -> None:
    release = fetch("1.0.0", base=server.url, cache=cache)
    release.zip_path.write_bytes(b"broken")
    with pytest.raises(DownloadError, match="damaged"):
        fetch("1.0.0", base=server.url, cache=cache, offline=True)
    assert fetch("1.0.0", base=server.url, cache=cache) == release
    (release.folder / "data" / "items.csv").write_text("item_id\n")
    assert load("1.0.0", base=server.url, cache=cache, offline=True)["items"][0]["title"] == (
        "Alpha"
    )


def test_missing_version_is_a_clear_error(server: Server, cache: Path) -> None:
    with pytest.raises(DownloadError, match=r"could not download .*/9\.9\.9/SHA256SUMS: HTTP 404"):
        fetch("9.9.9", base=server.url, cache=cache)
    with pytest.raises(DownloadError, match=r"MAJOR\.MINOR\.PATCH"):
        fetch("latest", base=server.url, cache=cache)


def test_cli_download_to_a_folder(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("RETURN_ATLAS_BASE_URL", server.url)
    monkeypatch.setenv("RETURN_ATLAS_CACHE", str(tmp_path / "cache"))
    dest = tmp_path / "dest"
    assert main(["download", "1.0.0", "--dest", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "Verified return-atlas 1.0.0" in out
    assert (dest / "return-atlas-1.0.0.zip").is_file()
    assert (dest / "return-atlas-1.0.0" / "datapackage.json").is_file()
    assert main(["download", "--list"]) == 0
    assert capsys.readouterr().out.split() == ["1.1.0", "1.0.0"]
    assert main(["download", "-q", "--offline"]) == 0  # the newest cached version
    assert capsys.readouterr().out.strip().endswith("return-atlas-1.0.0")
    assert main(["download", "-q", "--dest", str(dest)]) == 0  # the latest release
    assert capsys.readouterr().out.strip() == str(dest / "return-atlas-1.1.0")


def test_cli_download_refusals(
    server: Server, cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--base-url", server.url, "--cache", str(cache)]
    assert main(["download", "1.0.0", *common, "--sha256", "0" * 64]) == 1
    assert "refused:" in capsys.readouterr().err
    assert main(["download", "9.9.9", *common]) == 2
    assert "HTTP 404" in capsys.readouterr().err
    server.stop()
    assert main(["download", "1.0.0", *common, "--timeout", "2"]) == 2
    assert "could not download" in capsys.readouterr().err


def test_download_keeps_the_release_intact(server: Server, cache: Path, tmp_path: Path) -> None:
    release = download("1.1.0", tmp_path / "out", base=server.url, cache=cache)
    published = server.root / "1.1.0" / "return-atlas-1.1.0.zip"
    assert release.zip_path.read_bytes() == published.read_bytes()
    assert release.sha256 == sha256_bytes(published.read_bytes())
    assert release.descriptor["version"] == "1.1.0"
