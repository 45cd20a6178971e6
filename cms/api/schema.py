"""The GraphQL schema: the only door through which content leaves the CMS."""

import graphene


class Query(graphene.ObjectType):
    ping = graphene.String()

    def resolve_ping(self, info):
        return "pong"


schema = graphene.Schema(query=Query)
