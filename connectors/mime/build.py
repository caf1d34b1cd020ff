"""Contract models built from values that normalisation has already given their final types.

Validating a ``NormalizedMessage`` costs about 10 us, nearly all of it re-checking values this
package built itself with exactly the declared types (str, int, tuples of str, datetimes, nested
models). :func:`build` makes the object validation would make (the same values, defaults, field
order and fields-set) the way ``model_construct`` does, without its per-field Python loop.

Only a model without validators, aliases or hooks qualifies, and only if a sample message built
both ways comes out identical (checked once at import); any other model is validated as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import BaseModel

from jobtracker.pipeline.contracts import Address, CalendarEvent, Link, NormalizedMessage

Model = TypeVar("Model", bound=BaseModel)
_set = object.__setattr__


class _Recipe:
    """What a model instance holds besides the given values: defaults, in field order."""

    __slots__ = ("defaults", "factories", "required")

    def __init__(self, model: type[BaseModel]) -> None:
        self.defaults: dict[str, Any] = {}
        self.factories: list[tuple[str, Callable[[], Any]]] = []
        required = []
        for name, field in model.model_fields.items():
            if field.default_factory is not None:
                self.defaults[name] = None  # a placeholder that keeps the field's place
                self.factories.append((name, field.default_factory))  # type: ignore[arg-type]
            elif field.is_required():
                self.defaults[name] = None
                required.append(name)
            else:
                self.defaults[name] = field.default
        self.required = frozenset(required)


_RECIPES: dict[type[BaseModel], _Recipe] = {}


def build(model: type[Model], values: Mapping[str, Any], *more: Mapping[str, Any]) -> Model:
    """``model.model_validate`` of ``values`` and ``more`` merged, for values already typed."""
    recipe = _RECIPES.get(model)
    given = set(values)
    for part in more:
        given.update(part)
    if recipe is None or not recipe.required <= given:
        merged = dict(values)
        for part in more:
            merged.update(part)
        return model.model_validate(merged)
    fields = recipe.defaults.copy()
    fields.update(values)
    for part in more:
        fields.update(part)
    for name, factory in recipe.factories:
        if name not in given:
            fields[name] = factory()
    return _make(model, fields, given)


def updated(instance: Model, values: Mapping[str, Any]) -> Model:
    """A copy of ``instance`` with ``values`` set, as validating all its given fields would be."""
    model = type(instance)
    if model not in _RECIPES:
        given = {name: getattr(instance, name) for name in instance.model_fields_set}
        return model.model_validate(given | dict(values))
    fields = instance.__dict__.copy()
    fields.update(values)
    return _make(model, fields, instance.model_fields_set | values.keys())


def _make(model: type[Model], fields: dict[str, Any], given: set[str]) -> Model:
    # What model_construct does once it has the field values (pydantic's documented fast path).
    instance = model.__new__(model)
    _set(instance, "__dict__", fields)
    _set(instance, "__pydantic_fields_set__", given)
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def _qualifies(model: type[BaseModel]) -> bool:
    hooks = model.__pydantic_decorators__
    return not (
        hooks.validators
        or hooks.field_validators
        or hooks.root_validators
        or hooks.model_validators
        or model.__pydantic_post_init__
        or model.__pydantic_root_model__
        or model.__private_attributes__
        or model.model_config.get("extra") == "allow"
        or any(f.alias or f.validation_alias for f in model.model_fields.values())
    )


def _same(built: BaseModel, validated: BaseModel) -> bool:
    if type(built) is not type(validated) or built.model_fields_set != validated.model_fields_set:
        return False
    if list(built.__dict__) != list(validated.__dict__) or built != validated:
        return False
    for name, value in validated.__dict__.items():
        other = built.__dict__[name]
        if type(other) is not type(value):
            return False
        if isinstance(value, BaseModel) and not _same(other, value):
            return False
        if isinstance(value, tuple) and any(
            type(a) is not type(b) or (isinstance(a, BaseModel) and not _same(a, b))
            for a, b in zip(other, value, strict=True)
        ):
            return False
    return built.model_dump() == validated.model_dump()


def _sample(make: Callable[[type[BaseModel], dict[str, Any]], Any]) -> NormalizedMessage:
    when = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    person = {"name": "Jane", "address": "jane@example.org", "domain": "example.org"}
    event = {
        "uid": "u1", "method": "REQUEST", "status": "CONFIRMED", "summary": "Interview",
        "start": when, "end": None, "location": "", "organizer": "hr@acme.example",
    }  # fmt: skip
    values: dict[str, Any] = {
        "user_id": "u", "mailbox_id": "m", "provider": "file", "provider_message_id": "k",
        "rfc_message_id": "<1@acme.example>", "thread_id": None, "in_reply_to": None,
        "references": ("<0@acme.example>",), "from_": make(Address, person),
        "to": (make(Address, person),), "reply_to": (), "subject": "Hello",
        "sent_at": when, "text": "Hi", "quote_offset": None, "signature_offset": 1,
        "calendar_events": (make(CalendarEvent, event),), "list_unsubscribe": None,
        "headers": {"Precedence": "bulk"}, "body_hash": "00", "size": 10,
        "attachment_names": ("a.pdf",), "labels": (), "parse_warnings": ("x",), "raw": b"r",
    }  # fmt: skip
    message: NormalizedMessage = make(NormalizedMessage, values)
    return message


def _validate(model: type[BaseModel], values: dict[str, Any]) -> BaseModel:
    return model.model_validate(values)


def _check() -> None:
    # Only the message: pydantic validates a small model of plain fields (Address, Link) as
    # fast as this builds it; the message's cost is its nested models and collections.
    if _qualifies(NormalizedMessage):
        _RECIPES[NormalizedMessage] = _Recipe(NormalizedMessage)
    built = _sample(build)
    if not _same(built, _sample(_validate)) or not _same(
        updated(built, {"links": (build(Link, {"url": "https://x.example/"}),), "language": "en"}),
        NormalizedMessage.model_validate(
            {name: getattr(built, name) for name in built.model_fields_set}
            | {"links": ({"url": "https://x.example/"},), "language": "en"}
        ),
    ):
        _RECIPES.clear()  # the contracts changed in a way this module does not know: validate


_check()


def fast_path_active() -> bool:
    """Whether models are built without validation (false if the contracts grew validators)."""
    return NormalizedMessage in _RECIPES
