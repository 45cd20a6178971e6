"""Department announcements shown on unit sites."""

import graphene


class Announcement(graphene.ObjectType):
    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    body = graphene.String(required=True, description="HTML with links resolved.")
    priority = graphene.String(required=True, description="urgent, important or information.")
    priority_label = graphene.String(required=True)
    active_from = graphene.DateTime(required=True)
    active_to = graphene.DateTime()
