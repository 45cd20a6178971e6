"""Whether a collection is private (its own privacy setting or an ancestor's)."""

from wagtail.models import Collection


def is_private(collection: Collection | None) -> bool:
    return collection is not None and collection.get_view_restrictions().exists()
