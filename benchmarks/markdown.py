"""Write a benchmark's figures into its own marked section of BENCHMARKS.md."""

from __future__ import annotations


def replace_section(text: str, body: str, name: str) -> str:
    """Replace the text between ``<!-- name:begin -->`` and ``<!-- name:end -->`` (or append)."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{body}\n{end}"
    if begin in text and end in text:
        head, _, rest = text.partition(begin)
        _, _, tail = rest.partition(end)
        return head + block + tail
    return text.rstrip() + "\n\n" + block + "\n"
