"""Every refusal of the API as a problem response (RFC 9457): `application/problem+json` with
type, title, status, detail and `errors` naming each field at fault.

Service refusals (Django's ValidationError, PermissionDenied) come out the way the pages word
them; request-shape errors (ninja's, from the typed schemas) name the parameter."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.urls import URLPattern
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.operation import PathView

from collaboratory.api.parser import BodyRefused

MEDIA_TYPE = "application/problem+json"
TYPE_BASE = "/api/v1/problems/"

TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    500: "Server error",
}
KINDS = {
    400: "bad-request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    413: "too-large",
    415: "unsupported-media-type",
    422: "invalid",
    429: "rate-limited",
    500: "server-error",
}


class FieldError(Schema):
    field: str
    message: str


class Problem(Schema):
    type: str
    title: str
    status: int
    detail: str
    errors: list[FieldError]
    # Only on a 400 for a query parameter the operation does not know: the ones it takes.
    accepted: list[str] | None = None


class QueryRefused(Exception):
    """A query parameter's value the operation cannot use (`?status=maybe`): a 400 naming
    it, as ninja's own refusals of a query value are."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many requests: try again in {retry_after} s.")
        self.retry_after = retry_after


def problem_response(
    status: int,
    detail: str,
    errors: list[dict[str, str]] | None = None,
    *,
    accepted: list[str] | None = None,
) -> HttpResponse:
    body: dict[str, Any] = {
        "type": TYPE_BASE + KINDS.get(status, "error"),
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "errors": errors or [],
    }
    if accepted is not None:
        body["accepted"] = accepted
    return HttpResponse(json.dumps(body), status=status, content_type=MEDIA_TYPE)


def _django_errors(error: DjangoValidationError) -> list[dict[str, str]]:
    if hasattr(error, "error_dict"):
        return [
            {"field": "" if field == "__all__" else field, "message": str(message)}
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    return [{"field": "", "message": str(message)} for message in error.messages]


def _ninja_errors(error: NinjaValidationError) -> list[dict[str, str]]:
    rows = []
    for item in error.errors:
        loc = [str(part) for part in item.get("loc", ())]
        # loc starts with where the value came from (query, path, body); then the field.
        field = ".".join(loc[1:]) if len(loc) > 1 else ".".join(loc)
        rows.append({"field": field, "message": str(item.get("msg", "Invalid value."))})
    return rows


def install(api: NinjaAPI) -> None:
    """Replace ninja's default error bodies with problem responses."""

    def on_validation(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        errors = _ninja_errors(exc)
        # A query parameter's value is part of the address asked for: a bad one is a bad
        # request (400), as an unknown or repeated parameter is; a body's is invalid input.
        if exc.errors and all(tuple(e.get("loc", ()))[:1] == ("query",) for e in exc.errors):
            return problem_response(
                400, "A query parameter has a value it cannot take: see errors.", errors
            )
        return problem_response(422, "The request has invalid values: see errors.", errors)

    def on_query_refused(request: HttpRequest, exc: QueryRefused) -> HttpResponse:
        return problem_response(400, exc.message, [{"field": exc.field, "message": exc.message}])

    def on_service_refusal(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        errors = _django_errors(exc)
        detail = " ".join(e["message"] for e in errors) or "The request was refused."
        return problem_response(422, detail, errors)

    def on_authentication(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        response = problem_response(
            401,
            "Send a live API token: Authorization: Bearer <token>. Unknown, expired and "
            "revoked tokens, and tokens of members no longer admitted, are refused alike.",
        )
        response["WWW-Authenticate"] = 'Bearer realm="collaboratory"'
        return response

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        # ninja words every unreadable body alike (a 400); our parser's reason is more use.
        if isinstance(exc.__cause__, BodyRefused):
            return problem_response(exc.__cause__.status, str(exc.__cause__))
        return problem_response(exc.status_code, str(exc))

    def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return problem_response(413, f"The body is over {limit} bytes: send less.")

    def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return problem_response(404, "Nothing here, or nothing this token may see.")

    def on_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return problem_response(403, str(exc) or "This token may not do that.")

    def on_rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
        response = problem_response(429, str(exc))
        response["Retry-After"] = str(exc.retry_after)
        return response

    handlers: list[tuple[type[Exception], Any]] = [
        (NinjaValidationError, on_validation),
        (QueryRefused, on_query_refused),
        (DjangoValidationError, on_service_refusal),
        (AuthenticationError, on_authentication),
        (HttpError, on_http_error),
        (RequestDataTooBig, on_too_big),
        (Http404, on_not_found),
        (PermissionDenied, on_denied),
        (RateLimited, on_rate_limited),
    ]
    for exc_class, handler in handlers:
        api.add_exception_handler(exc_class, handler)


ERRORS: dict[int, Any] = {400: Problem, 401: Problem, 404: Problem, 422: Problem, 429: Problem}
WRITE_ERRORS: dict[int, Any] = {**ERRORS, 403: Problem, 415: Problem}


# Query parameters an operation reads as a list (`list[...]` in a `Query`), each given as
# many times as it has values. None today: every other parameter is read once, and given
# twice it is refused (docs/api.md, "Errors"), since Django would keep only the last value.
MULTI_VALUED: frozenset[str] = frozenset()


def _repeated_parameters(request: HttpRequest) -> list[str]:
    return [
        name for name, values in request.GET.lists() if len(values) > 1 and name not in MULTI_VALUED
    ]


def _query_parameters(view: Callable[..., HttpResponseBase]) -> dict[str, list[str]]:
    """The query parameters each method of ninja's view of one path takes (method -> names,
    as the OpenAPI schema lists them), read from its operations' query models. Empty for a
    view that is not ninja's operations (the schema, the docs page)."""
    cells = [cell.cell_contents for cell in getattr(view, "__closure__", None) or ()]
    found = next((c for c in cells if isinstance(c, PathView)), None)
    if found is None:
        return {}
    return {
        method: [
            field.alias or name
            for model in operation.models
            if model.__ninja_param_source__ == "query"
            for name, field in model.model_fields.items()
        ]
        for operation in found.operations
        for method in operation.methods
    }


def _unknown_parameters(
    request: HttpRequest, taken: dict[str, list[str]]
) -> tuple[list[str], list[str]] | None:
    """The query parameters of `request` its operation does not know, with the ones it
    takes; None when all are known (or the method is none of the path's: a 405 follows)."""
    if request.method not in taken:
        return None
    accepted = taken[request.method]
    unknown = [name for name in request.GET if name not in accepted]
    return (unknown, accepted) if unknown else None


def problem_view(view: Callable[..., HttpResponseBase]) -> Callable[..., Any]:
    """Wrap an API view (ninja's, one per path) so that what ninja answers before any handler
    runs is a problem response too: a method no operation takes (ninja's plain-text 405; the
    same Allow header), a query parameter the operation does not know (`?statuss=open`: a
    400 naming it and listing the ones it takes, where ninja would silently ignore it, so a
    misspelled filter read as the unfiltered list), and a query parameter given twice
    (`?status=a&status=b`: a 400 naming it, where ninja would silently read the last
    value)."""
    taken = _query_parameters(view)

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if (unknown := _unknown_parameters(request, taken)) is not None:
            names, accepted = unknown
            takes = ", ".join(accepted) if accepted else "no query parameters"
            return problem_response(
                400,
                f"Unknown query parameter(s): {', '.join(names)}. This operation takes: {takes}.",
                [
                    {
                        "field": name,
                        "message": f"This operation does not know {name}; it takes: {takes}.",
                    }
                    for name in names
                ],
                accepted=accepted,
            )
        repeated = _repeated_parameters(request)
        if repeated:
            return problem_response(
                400,
                "A query parameter is given more than once: give each once.",
                [
                    {
                        "field": name,
                        "message": f"Give {name} once: this operation takes one value for it.",
                    }
                    for name in repeated
                ],
            )
        response = view(request, *args, **kwargs)
        if response.status_code == 405 and response.get("Content-Type") != MEDIA_TYPE:
            allowed = response.get("Allow", "")
            response = problem_response(
                405, f"This address takes {allowed or 'no other method'}: use that method."
            )
            response["Allow"] = allowed
        return response

    return wrapped


def problem_urls(urls: tuple[list[Any], str, str]) -> tuple[list[Any], str, str]:
    """`api.urls` with every view wrapped by `problem_view`."""
    patterns, app_name, namespace = urls
    wrapped = [
        URLPattern(p.pattern, problem_view(p.callback), p.default_args, p.name)
        if isinstance(p, URLPattern)
        else p
        for p in patterns
    ]
    return wrapped, app_name, namespace
