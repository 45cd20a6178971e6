"""Writing analysed documents to the IndexedDocument table."""

from collections.abc import Iterable

from django.db import transaction

from ..models import IndexedDocument
from ..text.analysis import analyse
from .drafts import DocumentDraft
from .version import bump_version

TITLE_WEIGHT = 2  # title terms are counted this many times


def _row(draft: DocumentDraft) -> IndexedDocument:
    title = analyse(draft.title)
    body = analyse(draft.text)
    terms = title.terms * TITLE_WEIGHT + body.terms
    return IndexedDocument(
        key=draft.key,
        kind=draft.kind,
        page_id=draft.page_id,
        site_id=draft.site_id,
        audience=draft.audience,
        title=draft.title[:300],
        path=draft.path[:500],
        text=draft.text,
        tokens=" ".join(title.tokens + body.tokens),
        terms=" ".join(terms),
        service_slugs=draft.service_slugs,
        valid_from=draft.valid_from,
        valid_to=draft.valid_to,
    )


@transaction.atomic
def replace_documents(
    drafts: Iterable[DocumentDraft],
    *,
    page_ids: Iterable[int] = (),
    keys: Iterable[str] = (),
) -> int:
    """Delete the documents of the given pages and keys, store the drafts, bump the version."""
    page_ids = list(page_ids)
    if page_ids:
        IndexedDocument.objects.filter(page_id__in=page_ids).delete()
    keys = list(keys)
    if keys:
        IndexedDocument.objects.filter(key__in=keys).delete()
    rows = [_row(d) for d in drafts]
    IndexedDocument.objects.filter(key__in=[r.key for r in rows]).delete()
    IndexedDocument.objects.bulk_create(rows, batch_size=200)
    bump_version()
    return len(rows)
