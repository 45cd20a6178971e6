"""Images as renditions (see ``cms.api.renditions`` for the sizes)."""

import graphene


class ImageRendition(graphene.ObjectType):
    """A resized image file under ``/media/``, served on every host."""

    url = graphene.String(required=True, description="Root-relative URL, e.g. /media/images/…")
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)
    alt = graphene.String(required=True, description="Text alternative (WCAG 1.1.1).")
    caption = graphene.String(required=True)
    srcset = graphene.String(required=True, description="Candidates with widths for srcset.")
