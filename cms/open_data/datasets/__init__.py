"""The datasets made of the CMS's own content."""

from cms.open_data import registry

from . import bip, content, units


def register_cms_datasets() -> None:
    for dataset in (units.DATASET, content.NEWS, content.EVENTS, bip.DATASET):
        registry.register(dataset)
