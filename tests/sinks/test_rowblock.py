"""RowBlock: a table's rows as tuples, read back as dicts."""

from __future__ import annotations

import pytest

from jobtracker.sinks import schema
from jobtracker.sinks.store import RowBlock


def test_a_block_reads_as_dict_rows() -> None:
    block = RowBlock(("name", "value"), [("a", "1"), ("b", "2")])
    assert len(block) == 2
    assert block[1] == {"name": "b", "value": "2"}
    assert block[:1] == [{"name": "a", "value": "1"}]
    assert list(block) == [{"name": "a", "value": "1"}, {"name": "b", "value": "2"}]


def test_rows_added_as_mappings_fill_missing_columns_with_none() -> None:
    block = RowBlock.of(schema.schema_info)
    block.append({"value": "1", "name": "a", "unrelated": "ignored"})
    block.extend([{"name": "b"}])
    block.extend(RowBlock(("value", "name"), [("3", "c")]))  # another order: row by row
    block.extend(RowBlock.of(schema.schema_info, [("d", "4")]))
    assert block.values == [("a", "1"), ("b", None), ("c", "3"), ("d", "4")]


def test_columns_come_out_in_the_order_asked_for() -> None:
    block = RowBlock(("value", "name"), [("1", "a"), ("2", "b")])
    assert block.column_lists(["name", "value", "missing"]) == [
        ["a", "b"],
        ["1", "2"],
        [None, None],
    ]
    assert block.tuples(["name", "missing"]) == [("a", None), ("b", None)]
    assert block.tuples(["value", "name"]) is block.values
    assert RowBlock(("name",)).column_lists(["name"]) == [[]]


def test_a_row_of_the_wrong_width_is_an_error() -> None:
    with pytest.raises(ValueError):
        RowBlock(("name", "value"), [("a",)]).column_lists(["name"])
