"""Maps the top-level folders into the ``jobtracker`` namespace (DESIGN.md section 2).

``pyproject.toml`` holds the metadata; this file computes the package list so that
``pipeline/cli`` installs as ``jobtracker.pipeline.cli`` in both wheel and editable installs,
and compiles the hot packages to C with mypyc (see ``pipeline/compiled.py``). Compiling is
optional: ``JOBTRACKER_COMPILE=0``, a missing C compiler or a failed build leave the same
modules running as Python, with the same results.
"""

import importlib.util
import os
import sys
from pathlib import Path

from setuptools import Extension, find_packages, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
FOLDERS = ("pipeline", "connectors", "classifiers", "correlator", "sinks", "api")
DATA = ["*.toml", "*.json", "*.jsonl", "*.mbox", "*.html", "*.js", "*.css", "*.eml", "*.gz"]
# mypyc names the group's shared library ``<group>__mypyc``: jobtracker.pipeline._native__mypyc.
GROUP = "jobtracker.pipeline._native"

packages: list[str] = []
package_dir: dict[str, str] = {}
for folder in FOLDERS:
    for found in find_packages(include=[folder, f"{folder}.*"]):
        name = f"jobtracker.{found}"
        packages.append(name)
        package_dir[name] = found.replace(".", "/")


def _compiled_module():  # pipeline/compiled.py, loaded by path: the package is not installed yet
    path = ROOT / "pipeline" / "compiled.py"
    spec = importlib.util.spec_from_file_location("_jobtracker_compiled", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Commands that build the extensions; metadata steps (egg_info, dist_info) skip mypyc's work.
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop"}


def _extensions() -> list[Extension]:
    if os.environ.get("JOBTRACKER_COMPILE", "1") == "0" or not BUILDS & set(sys.argv[1:]):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("jobtracker: no mypyc here; the hot modules will run as Python", file=sys.stderr)
        return []
    compiled = _compiled_module()
    # mypyc names modules after their paths: compile through a tree that spells the installed
    # names (jobtracker/classifiers -> classifiers/), as tests/typecheck.sh does for mypy.
    tree = ROOT / "build" / "typing" / "jobtracker"
    tree.mkdir(parents=True, exist_ok=True)
    for folder in FOLDERS:
        link = tree / folder
        if not link.is_symlink():
            link.symlink_to(Path("..", "..", "..", folder))
    paths = [
        str(Path("build", "typing", "jobtracker", path.relative_to(ROOT)))
        for path in compiled.compiled_sources(ROOT)
    ]
    # Not strict: the build's own environment may lack the typed dependencies (their types
    # become Any, which compiles to generic code). Strict checking is `make lint`'s job.
    config = tree.parent / "mypyc.ini"
    config.write_text(
        "[mypy]\nmypy_path = build/typing\nexplicit_package_bases = True\n"
        "ignore_missing_imports = True\n"
    )
    extensions = mypycify(
        ["--config-file", str(config.relative_to(ROOT)), *paths],
        opt_level="3",
        debug_level="0",
        group_name=GROUP,
    )
    for extension in extensions:
        extension.optional = True  # a failed compile leaves the Python modules in charge
    return extensions


class BuildExt(build_ext):
    """Builds the extensions, then stamps them with the digest of the sources they came from."""

    def run(self) -> None:
        super().run()
        if not self.extensions:
            return
        built = [Path(self.get_ext_fullpath(extension.name)) for extension in self.extensions]
        if all(path.exists() for path in built):
            compiled = _compiled_module()
            stamp = Path(self.get_ext_fullpath(GROUP + "__mypyc")).parent / compiled.STAMP
            stamp.write_text(compiled.digest(ROOT) + "\n")


setup(
    packages=packages,
    package_dir=package_dir,
    package_data={name: ["**/*" + ext[1:] for ext in DATA] + DATA for name in packages},
    ext_modules=_extensions(),
    cmdclass={"build_ext": BuildExt},
)
