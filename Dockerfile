# foiabot worker image: Python in a virtual environment, non-root user, settings and data as volumes.
# BASE_IMAGE: any image with python3 (3.11 or later) and its venv module, e.g. one imported from a Debian 12
# root (`docker build --build-arg BASE_IMAGE=debian-local:12 .`).
ARG BASE_IMAGE=python:3.11-slim
FROM ${BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    FOIABOT_CONFIG=/config/foiabot.yaml PATH=/opt/foiabot/bin:$PATH

RUN useradd --system --create-home --uid 10001 foiabot
# Tesseract reads scanned letters (PDF pages without text, TIFF, PNG, JPEG attachments).
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY config ./config
# The shipped law lives in config/; the package refers to it through bot/data (a symlink in the repo).
# A virtual environment, because a distribution's own python3 refuses `pip install` (PEP 668).
RUN rm -f bot/data/jurisdictions.yaml && cp config/jurisdictions.yaml bot/data/jurisdictions.yaml \
    && python3 -m venv /opt/foiabot && pip install . && mkdir -p /config /data && chown foiabot /data

USER foiabot
VOLUME ["/config", "/data"]
HEALTHCHECK --interval=5m --timeout=30s --start-period=2m CMD ["foiabot", "health"]
ENTRYPOINT ["foiabot"]
CMD ["run"]
