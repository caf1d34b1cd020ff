"""stub"""
from typing import Any
MAIL: list[dict[str, Any]] = []
