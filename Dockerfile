# Collaboratory's container image: the committed lock installed with --require-hashes (the same
# files and flags as `make install` and .ci/run), run as a non-root user, `collaboratory serve`.
# Build: docker build -t collaboratory .   Compose: deploy/compose.yaml (docs/operations.md).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/collaboratory/bin:$PATH \
    COLLABORATORY_DATA_DIR=/var/lib/collaboratory \
    COLLABORATORY_BIND=0.0.0.0:8000

# pg_dump/pg_restore for `collaboratory backup` and `restore` (PostgreSQL 15 client: it dumps
# servers up to 15; see docs/operations.md for a newer managed server).
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --uid 10001 --home-dir /var/lib/collaboratory collaboratory

WORKDIR /opt/src
# The lock first, so a change to the code alone reuses this layer.
COPY requirements/build.txt requirements/main.txt requirements/
RUN python -m venv /opt/collaboratory \
    && pip install -q --require-hashes --no-deps -r requirements/build.txt \
    && pip install -q --require-hashes --no-deps -r requirements/main.txt

COPY pyproject.toml README.md LICENSE ./
COPY src ./src
# The package itself (its dependencies are all in the lock above), its compiled catalogs
# (build output, as `make install` makes them), the static files production serves, and the
# backups directory (a volume mounted there starts with this owner).
RUN pip install -q --no-deps --no-build-isolation . \
    && python -m collaboratory.pofile \
    && COLLABORATORY_ENV=production COLLABORATORY_SECRET_KEY=build-only-not-used \
       collaboratory collectstatic --noinput -v 0 \
    && mkdir -p /var/lib/collaboratory/backups \
    && chown -R collaboratory:collaboratory /var/lib/collaboratory \
    && rm -rf /opt/src

USER collaboratory
WORKDIR /var/lib/collaboratory
EXPOSE 8000
# Pages and live streams on one port; the worker is the same image with `collaboratory worker`.
CMD ["collaboratory", "serve"]
