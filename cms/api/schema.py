"""The GraphQL schema: the only door through which content leaves the CMS."""

import graphene

from .queries import Query
from .types.pages import PAGE_TYPES

schema = graphene.Schema(query=Query, types=PAGE_TYPES)
