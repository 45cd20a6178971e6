"""StreamField blocks: a type name and a value prepared for static renderers."""

import graphene
from graphene.types.generic import GenericScalar


class Block(graphene.ObjectType):
    """One block of a page body; ``value``'s shape depends on ``type`` (docs/graphql.md)."""

    id = graphene.String(required=True)
    type = graphene.String(required=True)
    value = GenericScalar()
