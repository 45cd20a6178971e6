"""The catalogue as both feeds see it: every dataset with its snapshot and its resources."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from .. import registry, snapshots
from ..addresses import absolute, dataset_url
from ..formats import FORMAT_LABELS, MEDIA_TYPES
from ..models import DatasetSnapshot

CATALOGUE_PAGE = "/otwarte-dane/"
RESOURCE_EXTENSIONS = ("csv", "json", "xlsx")


@dataclass(frozen=True)
class Resource:
    dataset: registry.Dataset
    extension: str

    @property
    def ext_ident(self) -> str:
        return f"{self.dataset.slug}-{self.extension}"

    @property
    def url(self) -> str:
        return dataset_url(self.dataset.slug, self.extension)

    @property
    def label(self) -> str:
        return FORMAT_LABELS[self.extension]

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.extension].split(";")[0]


@dataclass(frozen=True)
class Entry:
    dataset: registry.Dataset
    snapshot: DatasetSnapshot

    @property
    def resources(self) -> list[Resource]:
        return [Resource(self.dataset, extension) for extension in RESOURCE_EXTENSIONS]

    @property
    def landing_page(self) -> str:
        return absolute(f"{CATALOGUE_PAGE}#{self.dataset.slug}")

    @property
    def schema_url(self) -> str:
        return dataset_url(self.dataset.slug, "schema.json")


def entries() -> list[Entry]:
    current = snapshots.current_all()
    return [Entry(dataset, current[dataset.slug]) for dataset in registry.datasets()]


def publisher_name() -> str:
    return settings.OPEN_DATA_PUBLISHER_NAME


def contact_email() -> str:
    return settings.OPEN_DATA_CONTACT_EMAIL
