"""Checks on the bytes of a text file: empty, encoding, byte order mark, NUL, line ends.

The checks work on bytes in chunks, so a large CSV file is never held twice in memory as
text. :func:`check_bytes` says whether the file can be parsed at all.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from return_atlas.validate.issues import Issue, issue

BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CHUNK = 1 << 22


@dataclass(slots=True)
class TextCheck:
    """Outcome of :func:`check_bytes`: the body (BOM removed) and the issues found."""

    body: bytes | None
    issues: list[Issue] = field(default_factory=list)
    crlf: bool = False
    lone_cr: bool = False

    @property
    def readable(self) -> bool:
        """True when the body can be parsed (it is UTF-8 text without NUL bytes)."""
        return self.body is not None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (1-based) of byte ``offset``."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def _first_invalid_utf8(data: bytes) -> int | None:
    """Offset of the first byte that is not valid UTF-8, or None; decodes in chunks."""
    if data.isascii():
        return None
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    for start in range(0, len(data), _CHUNK):
        chunk = data[start : start + _CHUNK]
        pending = len(decoder.getstate()[0])
        if not pending and chunk.isascii():
            continue
        try:
            decoder.decode(chunk, final=start + _CHUNK >= len(data))
        except UnicodeDecodeError as error:
            return start - pending + error.start
    if decoder.getstate()[0]:
        return len(data) - len(decoder.getstate()[0])
    return None


def utf8_issue(data: bytes, file: str) -> Issue | None:
    """The issue of the first byte of ``data`` that is not UTF-8, or None."""
    bad = _first_invalid_utf8(data)
    if bad is None:
        return None
    line, column = _position(data, bad)
    return issue(
        "invalid-utf8",
        file,
        f"byte 0x{data[bad]:02X} at line {line}, column {column} is not valid UTF-8",
        line=line,
    )


def check_bytes(data: bytes, file: str, *, utf8: bool = True) -> TextCheck:
    """Check that ``data`` is non-empty UTF-8 text without BOM, NUL or mixed line ends.

    ``utf8=False`` leaves the encoding to the caller (polars checks it while reading CSV;
    :func:`utf8_issue` then locates a bad byte).
    """
    if data.startswith(_UTF16_BOMS):
        return TextCheck(
            None,
            [issue("invalid-utf8", file, f"{file} is UTF-16 text, not UTF-8", line=1)],
        )
    result = TextCheck(data)
    if data.startswith(BOM):
        result.issues.append(
            issue("byte-order-mark", file, f"{file} starts with a byte order mark", line=1)
        )
        data = data[len(BOM) :]
        result.body = data
    if not data[:4096].strip() and not data.strip():
        result.issues.append(issue("empty-file", file, f"{file} is empty"))
        result.body = None
        return result
    bad = utf8_issue(data, file) if utf8 else None
    if bad is not None:
        result.issues.append(bad)
        result.body = None
        return result
    nul = data.find(b"\x00")
    if nul >= 0:
        line, _ = _position(data, nul)
        result.issues.append(
            issue("nul-character", file, f"line {line} contains a NUL byte", line=line)
        )
        result.body = None
        return result
    if b"\r" not in data:
        return result
    crlf = data.count(b"\r\n")
    lone_cr = data.count(b"\r") - crlf
    lone_lf = data.count(b"\n") - crlf
    result.crlf, result.lone_cr = crlf > 0, lone_cr > 0
    kinds = [name for name, n in (("\\n", lone_lf), ("\\r\\n", crlf), ("\\r", lone_cr)) if n]
    if len(kinds) > 1 or lone_cr:
        counts = ", ".join(
            f"{n:,} with {name}"
            for name, n in (("\\n", lone_lf), ("\\r\\n", crlf), ("\\r", lone_cr))
            if n
        )
        result.issues.append(
            issue("mixed-line-ends", file, f"lines end in different ways: {counts}")
        )
    elif crlf:
        result.issues.append(issue("crlf-line-ends", file, f"{file} has \\r\\n line ends"))
    return result


__all__ = ["BOM", "TextCheck", "check_bytes", "utf8_issue"]
