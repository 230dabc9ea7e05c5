"""One JSON error shape for the whole API: `{"error": {"code", "message", "detail"}}`.

Every failure leaves the API in that shape, converted at the edge in this order:

1. `ApiError` raised by a route: its status, code, message and detail as given.
2. sitrep's own exceptions: UsageError -> 422 `bad_request`; InputRejected -> 422
   `rejected`; StoreError -> 503 `store_unavailable`.
3. Request validation (FastAPI/pydantic) -> 422 `invalid_request`, the detail listing
   each bad field with where it was (body, query, path).
4. Starlette's HTTP errors (404 for unknown paths, 405 wrong method) -> their status,
   code from the status phrase (`not_found`, `method_not_allowed`).
5. Anything else is a bug -> 500 `internal_error`, without the traceback (it is logged).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.errors import InputRejected, StoreError, UsageError

log = logging.getLogger(__name__)


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """The shape of every error the API returns."""

    error: ErrorBody


class ApiError(Exception):
    """An error a route raises on purpose, already in the API's terms."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        detail: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers


def error_response(
    status: int,
    code: str,
    message: str,
    detail: Any = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "detail": detail}}
    return JSONResponse(body, status_code=status, headers=headers)


def _status_code_name(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "http_error"


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Each bad field as {loc, msg, type}; the offending input is left out, since it
    may be large or hostile and the caller already has it."""
    return [
        {
            "loc": [str(p) for p in err.get("loc", ())],
            "msg": str(err.get("msg", "")),
            "type": str(err.get("type", "")),
        }
        for err in exc.errors()
    ]


def to_response(exc: Exception) -> JSONResponse:
    """The JSON error for any exception, following the cascade in the module docstring."""
    if isinstance(exc, ApiError):  # 1.
        return error_response(exc.status, exc.code, exc.message, exc.detail, exc.headers)
    if isinstance(exc, UsageError):  # 2.
        return error_response(422, "bad_request", str(exc))
    if isinstance(exc, InputRejected):
        return error_response(422, "rejected", f"the document was rejected: {exc.reason}")
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc)
        return error_response(503, "store_unavailable", "the event store is unavailable")
    if isinstance(exc, RequestValidationError):  # 3.
        return error_response(
            422, "invalid_request", "the request is not valid", _validation_detail(exc)
        )
    if isinstance(exc, StarletteHTTPException):  # 4.
        phrase = _status_code_name(exc.status_code)
        message = exc.detail if isinstance(exc.detail, str) else phrase
        headers = dict(exc.headers) if exc.headers else None
        return error_response(exc.status_code, phrase, message, None, headers)
    log.error("unhandled error", exc_info=exc)  # 5.
    return error_response(500, "internal_error", "internal server error")


async def _handle(_request: Request, exc: Exception) -> JSONResponse:
    return to_response(exc)


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception kind through `to_response`."""
    for kind in (
        ApiError,
        UsageError,
        InputRejected,
        StoreError,
        RequestValidationError,
        StarletteHTTPException,
        Exception,
    ):
        app.add_exception_handler(kind, _handle)


#: the error responses every route documents in OpenAPI.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorResponse, "description": "Invalid request"},
    500: {"model": ErrorResponse, "description": "Internal error"},
}
