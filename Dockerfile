# foiabot worker image: slim Python, non-root user, settings and data as volumes.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    FOIABOT_CONFIG=/config/foiabot.yaml

RUN useradd --system --create-home --uid 10001 foiabot
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY config ./config
# The shipped law lives in config/; the package refers to it through bot/data (a symlink in the repo).
RUN rm -f bot/data/jurisdictions.yaml && cp config/jurisdictions.yaml bot/data/jurisdictions.yaml \
    && pip install . && mkdir -p /config /data && chown foiabot /data

USER foiabot
VOLUME ["/config", "/data"]
HEALTHCHECK --interval=5m --timeout=30s --start-period=2m CMD ["foiabot", "health"]
ENTRYPOINT ["foiabot"]
CMD ["run"]
