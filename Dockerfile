FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_LINK_MODE=copy UV_COMPILE_BYTECODE=1
RUN pip install --no-cache-dir uv \
    && useradd --system --create-home --uid 10001 dhtt
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY api ./api
COPY migrations ./migrations
COPY alembic.ini ./
COPY openapi ./openapi
RUN uv sync --frozen --no-dev && mkdir -p /data && chown dhtt /data
USER dhtt
ENV DHTT_DATA_DIR=/data
EXPOSE 8000
# Migrations first, then serve; uvicorn drains in-flight requests on SIGTERM.
CMD ["sh", "-c", "uv run --no-sync dhtt migrate && exec uv run --no-sync dhtt serve --host 0.0.0.0 --port 8000 --workers ${DHTT_WORKERS:-2}"]
