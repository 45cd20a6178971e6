"""A document ready to be analysed and stored in the index."""

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class DocumentDraft:
    key: str
    kind: str
    title: str
    path: str
    text: str
    site_id: int | None = None
    page_id: int | None = None
    audience: dict = field(default_factory=dict)
    service_slugs: list[str] = field(default_factory=list)
    valid_from: dt.datetime | None = None
    valid_to: dt.datetime | None = None
