"""Pelican plugin: a generator that writes a site from GraphQL data (no content files)."""

from pelican import signals

from .generator import GraphQLGenerator


def get_generators(pelican_object):
    return GraphQLGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)


__all__ = ["GraphQLGenerator", "register"]
