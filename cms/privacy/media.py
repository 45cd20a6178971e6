"""``/media/`` on the embedded default: only public image renditions, never documents.

Documents are served only by Wagtail's checked view (``/documents/<id>/<file name>``, which
applies collection privacy); original uploads are never linked by the public sites. So under
``/media/`` only ``images/`` (renditions) is served, as ``deploy/nginx.conf`` does in
production. On when ``settings.SERVE_MEDIA`` (the development default); in production nginx
serves the files.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.static import serve

# Folders under MEDIA_ROOT that hold public files (Wagtail's renditions).
PUBLIC_MEDIA_FOLDERS = ("images/",)


def public_media(request: HttpRequest, path: str) -> HttpResponse:
    """Who may see it: anyone, for rendition files only; everything else is 404 for all."""
    if not getattr(settings, "SERVE_MEDIA", False) or not path.startswith(PUBLIC_MEDIA_FOLDERS):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    return response
