"""The API's OpenAPI document as a plain HTML page: no script, no CDN, works offline.

FastAPI's own /docs page loads Swagger UI from a CDN, which an agency network may block
and our CSP forbids; this reads the same document and lays out every operation, its
parameters, request body and responses, and every schema, as server-rendered HTML.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

METHODS = ("get", "post", "put", "patch", "delete")


class ParamDoc(BaseModel):
    name: str
    where: str
    type: str
    required: bool
    description: str


class OperationDoc(BaseModel):
    method: str
    path: str
    summary: str
    description: str
    secured: bool
    parameters: list[ParamDoc]
    body: str | None
    responses: list[tuple[str, str, str]]  # status, description, schema


class SchemaDoc(BaseModel):
    name: str
    description: str
    properties: list[ParamDoc]


def type_of(schema: dict[str, Any]) -> str:
    """A short type text: `CasePublic`, `string | null`, `array of string`, `"a" | "b"`."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "enum" in schema:
        return " | ".join(f'"{v}"' for v in schema["enum"])
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return " | ".join(type_of(s) for s in schema[key])
    kind = schema.get("type")
    if kind == "array":
        return f"array of {type_of(schema.get('items', {}))}"
    if kind == "object" and "additionalProperties" in schema:
        extra = schema["additionalProperties"]
        return f"object of {type_of(extra) if isinstance(extra, dict) else 'any'}"
    text = str(kind or "any")
    return f"{text} ({schema['format']})" if "format" in schema else text


def _parameters(operation: dict[str, Any]) -> list[ParamDoc]:
    return [
        ParamDoc(
            name=p["name"],
            where=p.get("in", ""),
            type=type_of(p.get("schema", {})),
            required=bool(p.get("required")),
            description=p.get("description", "") or p.get("schema", {}).get("description", ""),
        )
        for p in operation.get("parameters", [])
    ]


def _body(operation: dict[str, Any]) -> str | None:
    content = operation.get("requestBody", {}).get("content", {})
    for media, spec in content.items():
        return f"{media}: {type_of(spec.get('schema', {}))}"
    return None


def _responses(operation: dict[str, Any]) -> list[tuple[str, str, str]]:
    found = []
    for status, spec in sorted(operation.get("responses", {}).items()):
        media: dict[str, Any] = next(iter(spec.get("content", {}).values()), {})
        schema = media.get("schema", {})
        found.append((status, spec.get("description", ""), type_of(schema) if schema else ""))
    return found


def operations(document: dict[str, Any]) -> list[OperationDoc]:
    docs = []
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            docs.append(
                OperationDoc(
                    method=method.upper(),
                    path=path,
                    summary=operation.get("summary", ""),
                    description=operation.get("description", ""),
                    secured=bool(operation.get("security")),
                    parameters=_parameters(operation),
                    body=_body(operation),
                    responses=_responses(operation),
                )
            )
    return docs


def schemas(document: dict[str, Any]) -> list[SchemaDoc]:
    found = []
    for name, schema in sorted(document.get("components", {}).get("schemas", {}).items()):
        required = set(schema.get("required", []))
        found.append(
            SchemaDoc(
                name=name,
                description=schema.get("description", ""),
                properties=[
                    ParamDoc(
                        name=key,
                        where="",
                        type=type_of(spec),
                        required=key in required,
                        description=spec.get("description", ""),
                    )
                    for key, spec in schema.get("properties", {}).items()
                ],
            )
        )
    return found
