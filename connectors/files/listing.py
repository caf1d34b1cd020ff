"""Which files hold messages: a Maildir's cur/ and new/, or the .eml files under a folder.

Listings are relative POSIX paths in sorted order, so every run reads in the same order and a
relative path is a checkpoint. Hidden files and folders (starting with ".") are skipped.
"""

from __future__ import annotations

import os
from pathlib import Path


def maildir_files(root: Path) -> list[str]:
    found = []
    for folder in ("cur", "new"):
        with os.scandir(root / folder) as entries:
            for entry in entries:
                if not entry.name.startswith(".") and entry.is_file():
                    found.append(f"{folder}/{entry.name}")
    return sorted(found)


def eml_files(root: Path) -> list[str]:
    found: list[str] = []
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if not name.startswith(".")]
        relative = Path(folder).relative_to(root).as_posix()
        prefix = "" if relative == "." else relative + "/"
        found.extend(
            prefix + name
            for name in files
            if not name.startswith(".") and name.lower().endswith(".eml")
        )
    return sorted(found)


def is_maildir(path: Path) -> bool:
    """A Maildir has cur/ and new/ (tmp/ is often missing from copies and exports)."""
    return (path / "cur").is_dir() and (path / "new").is_dir()
