"""Role titles: same role spelled differently matches; different roles and levels do not."""

from __future__ import annotations

import pytest

from jobtracker.correlator.roles import (
    display_role,
    requisition_key,
    role_key,
    role_similarity,
    roles_match,
    split_requisition,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sr. Backend Engineer", "Senior Back-End Engineer"),
        ("Senior Backend Engineer", "Senior Back End Engineer (m/w/d)"),
        ("Data Engineer", "Data Engineer (f/h)"),
        ("Ingénieur Logiciel (H/F)", "Ingenieur logiciel"),
        ("Product Manager m/f/d", "Product Manager"),
        ("Softwareentwickler*in (m/w/d)", "Softwareentwickler"),
        ("Senior Backend Engineer - Berlin", "Senior Backend Engineer"),
        ("Backend Engineer (Remote)", "Backend Engineer"),
        ("Data Engineer – Paris, France", "Data Engineer"),
        ("Backend Engineer | Remote - US", "Backend Engineer"),
        ("Jr Developer", "Junior Dev"),
        ("SWE", "Software Engineer"),
        ("Engineering Mgr", "Engineering Manager"),
        ("Frontend Eng", "Front-End Engineer"),
        ("Senior Data Engineer (R-123456)", "Senior Data Engineer"),
        ("Data Engineer - Req ID: 2024-1234", "Data Engineer"),
        ("ML Engineer", "Machine Learning Engineer"),
        ("Software Engineer II", "SWE II"),
        ("C++ Developer", "C++ Dev"),
    ],
)
def test_one_role_spelled_two_ways_has_one_key(a: str, b: str) -> None:
    assert role_key(a) == role_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Software Engineer", "Software Engineer, Payments"),
        ("Data Engineer", "Senior Data Engineer"),
        ("Software Enginer", "Software Engineer"),
        ("Data Engineer", "Data Engineer - Leipzig"),
    ],
)
def test_near_titles_match(a: str, b: str) -> None:
    assert roles_match(role_key(a), role_key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Senior Data Engineer", "Junior Data Engineer"),
        ("Data Engineer", "Data Scientist"),
        ("Data Engineer", "Data Analyst"),
        ("Software Engineer (Backend)", "Software Engineer (Frontend)"),
        ("Frontend Engineer", "Backend Engineer"),
        ("Senior Software Engineer", "Staff Software Engineer"),
        ("Software Engineer II", "Software Engineer III"),
        ("Data Engineering Intern", "Data Engineer"),
        ("Software Engineering Intern", "Software Engineering"),
        ("Product Manager", "Product Designer"),
        ("C++ Developer", "C# Developer"),
    ],
)
def test_different_roles_or_levels_do_not_match(a: str, b: str) -> None:
    assert not roles_match(role_key(a), role_key(b))


def test_a_title_with_a_level_scores_below_the_same_title_at_that_level() -> None:
    exact = role_similarity(role_key("Senior Data Engineer"), role_key("Sr Data Engineer"))
    partial = role_similarity(role_key("Senior Data Engineer"), role_key("Data Engineer"))
    assert exact == 100.0
    assert partial < exact


@pytest.mark.parametrize(
    ("title", "rest", "req"),
    [
        ("Senior Data Engineer (R-12345)", "Senior Data Engineer", "R-12345"),
        ("Data Engineer - Req ID: 98765", "Data Engineer", "98765"),
        ("Data Engineer JR123456", "Data Engineer", "JR123456"),
        ("Staff Engineer #4521", "Staff Engineer", "4521"),
        ("Backend Engineer [2024-1234]", "Backend Engineer", "2024-1234"),
        ("Software Engineer II", "Software Engineer II", None),
        ("Web3 Developer", "Web3 Developer", None),
    ],
)
def test_requisition_ids_are_split_off_titles(title: str, rest: str, req: str | None) -> None:
    assert split_requisition(title) == (rest, req)


def test_requisition_keys_ignore_case_and_punctuation() -> None:
    assert requisition_key("R-01234") == requisition_key("r01234")


def test_display_role_drops_requisition_ids_only() -> None:
    assert display_role("Senior Engineer (m/w/d) - R-12345") == "Senior Engineer (m/w/d)"
    assert display_role("Softwareentwickler*in Backend") == "Softwareentwickler*in Backend"
    assert display_role("Data Engineer (Remote)") == "Data Engineer (Remote)"
    assert role_key("Softwareentwickler*in Backend") == role_key("Softwareentwickler Backend")
