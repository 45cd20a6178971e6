"""A small reader of rendered HTML: ids, meta tags, links, scripts and JSON-LD."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any


class PageInspector(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, dict[str, str]] = {}
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.jsonld: list[Any] = []
        self.text_by_id: dict[str, str] = {}
        self._in_jsonld = False
        self._jsonld_buffer = ""
        self._open_ids: list[tuple[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        self.tags.append((tag, attributes))
        if "id" in attributes:
            self.ids[attributes["id"]] = {"tag": tag, **attributes}
            self._open_ids.append((tag, attributes["id"]))
            self.text_by_id.setdefault(attributes["id"], "")
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_jsonld = True
            self._jsonld_buffer = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_jsonld:
            self.jsonld.append(json.loads(self._jsonld_buffer))
            self._in_jsonld = False
        if self._open_ids and self._open_ids[-1][0] == tag:
            self._open_ids.pop()

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self._jsonld_buffer += data
        for _tag, element_id in self._open_ids:
            self.text_by_id[element_id] += data

    def find(self, tag: str, **attributes: str) -> list[dict[str, str]]:
        return [
            attrs
            for name, attrs in self.tags
            if name == tag
            and all(attrs.get(k.replace("_", "-")) == v for k, v in attributes.items())
        ]

    def meta(self, name: str) -> str | None:
        found = self.find("meta", name=name)
        return found[0].get("content") if found else None

    def links(self) -> list[str]:
        return [attrs.get("href", "") for name, attrs in self.tags if name == "a"]


def inspect(build_dir: Path, path: str) -> PageInspector:
    relative = path.lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    return PageInspector((build_dir / relative).read_text(encoding="utf-8"))
