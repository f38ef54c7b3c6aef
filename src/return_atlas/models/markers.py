"""Markers carried by the shared field types, read by pydantic and by the generators.

:class:`Shared` names a ``$defs`` entry, :class:`CodelistCode` restricts a value to a
codelist (an ``enum`` in JSON Schema, a foreign key in Table Schema), :class:`References`
declares a foreign key to another resource and :class:`Unique` forbids repeated list items.
Each leaves a trace in pydantic's JSON Schema under an ``x-`` key that the generators turn
into the published form and then remove.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from return_atlas.codelists import CODELIST_INFO, codes, ordered_codes

#: JSON Schema keys of the markers; the generators read and remove them.
DEF_KEY = "x-def"
CODELIST_KEY = "x-codelist"
REFERENCES_KEY = "x-references"
#: Extra Table Schema constraints of a field that its JSON Schema states elsewhere.
TABLE_SCHEMA_KEY = "x-tableschema"


@dataclass(frozen=True, slots=True)
class Shared:
    """Marks a type as one shared definition (``$defs`` entry) of the JSON Schemas."""

    name: str
    title: str
    description: str

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Tag the generated schema with the definition name."""
        json_schema = handler(schema)
        json_schema[DEF_KEY] = self.name
        return json_schema


#: Every shared definition by name, filled as the types below are declared.
SHARED: dict[str, Shared] = {}


def register(name: str, title: str, description: str) -> Shared:
    """Declare and register the shared definition ``name``."""
    marker = Shared(name, title, description)
    SHARED[name] = marker
    return marker


@dataclass(frozen=True, slots=True)
class CodelistCode:
    """Restricts a value to the codes of a codelist; its JSON Schema is an ``enum``."""

    codelist: str

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        """Validate the base type, then membership in the codelist."""
        name = self.codelist
        if CODELIST_INFO[name].code_type == "integer":

            def check_int(value: int) -> int:
                if str(value) not in codes(name):
                    raise PydanticCustomError(
                        "codelist", "{value} is not a code of the {codelist} codelist",
                        {"value": value, "codelist": name},
                    )  # fmt: skip
                return value

            return core_schema.no_info_after_validator_function(check_int, handler(source))

        def check_str(value: str) -> str:
            if value not in codes(name):
                raise PydanticCustomError(
                    "codelist", "'{value}' is not a code of the {codelist} codelist",
                    {"value": value, "codelist": name},
                )  # fmt: skip
            return value

        return core_schema.no_info_after_validator_function(check_str, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """An ``enum`` of the codes, in codelist order."""
        json_schema = handler(schema)
        values = ordered_codes(self.codelist)
        integer = CODELIST_INFO[self.codelist].code_type == "integer"
        json_schema["enum"] = [int(code) for code in values] if integer else list(values)
        json_schema[CODELIST_KEY] = self.codelist
        return json_schema


@dataclass(frozen=True, slots=True)
class References:
    """Declares that a field holds the primary key of another resource (a foreign key)."""

    resource: str

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Tag the generated schema with the referenced resource."""
        json_schema = handler(schema)
        json_schema[REFERENCES_KEY] = self.resource
        return json_schema


@dataclass(frozen=True, slots=True)
class Unique:
    """Rejects lists with repeated items (``uniqueItems`` in JSON Schema)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        """Validate the list, then that no item repeats."""

        def check(items: list[Any]) -> list[Any]:
            if len(set(items)) != len(items):
                raise PydanticCustomError("duplicate_items", "list items must be unique")
            return items

        return core_schema.no_info_after_validator_function(check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """Add ``uniqueItems``."""
        json_schema = handler(schema)
        json_schema["uniqueItems"] = True
        return json_schema
