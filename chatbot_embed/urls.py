"""Public URLs under /chatbot/, answered by the CMS process on every site's host."""

from django.urls import path

from .api.search_page import search_page
from .api.views import ask_view
from .widget.assets import asset

app_name = "chatbot_embed"

urlpatterns = [
    path("api/ask", ask_view, name="ask"),
    path("szukaj/", search_page, name="search"),
    path("widget.js", asset, {"name": "widget.js"}, name="widget-js"),
    path("widget.css", asset, {"name": "widget.css"}, name="widget-css"),
]
