"""A client library for accessing dhtt — Hội nghị điển hình tiên tiến"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
