# syntax=docker/dockerfile:1
# Multi-stage image for the CMS process (admin, GraphQL, e-services, chatbot, build workers).
# Public sites are served by nginx straight from the build volume (deploy/nginx.conf).

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY cms ./cms
COPY sites ./sites
COPY static_builds ./static_builds
COPY eservice_bridge ./eservice_bridge
COPY chatbot_embed ./chatbot_embed
COPY demo ./demo
RUN python -m venv /venv && /venv/bin/pip install .

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    ELACZE_VAR_DIR=/srv/elacze \
    STATIC_ROOT=/app/static \
    PORT=8000
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system elacze && useradd --system --gid elacze --home /app elacze \
    && mkdir -p /srv/elacze /app && chown elacze:elacze /srv/elacze /app
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=elacze:elacze manage.py ./
COPY --chown=elacze:elacze cms ./cms
COPY --chown=elacze:elacze sites ./sites
COPY --chown=elacze:elacze static_builds ./static_builds
COPY --chown=elacze:elacze eservice_bridge ./eservice_bridge
COPY --chown=elacze:elacze chatbot_embed ./chatbot_embed
COPY --chown=elacze:elacze demo ./demo
COPY --chown=elacze:elacze deploy/gunicorn.conf.py ./deploy/gunicorn.conf.py
# collectstatic needs settings that import; the real secret comes from the environment at run time.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost \
    ESERVICES_ENCRYPTION_KEY="$(python -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')" \
    ESERVICES_LOOKUP_KEY=collectstatic-only-lookup-key-0123456789abcdef \
    python manage.py collectstatic --no-input -v0
USER elacze
VOLUME ["/srv/elacze"]
EXPOSE 8000
# gthread workers, one process per core (deploy/gunicorn.conf.py; measured in docs/surge.md).
CMD ["sh", "-c", "GUNICORN_BIND=0.0.0.0:${PORT} exec gunicorn -c deploy/gunicorn.conf.py cms.wsgi:application"]
