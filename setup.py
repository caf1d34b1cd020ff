"""Maps the top-level folders into the ``jobtracker`` namespace (DESIGN.md section 2).

``pyproject.toml`` holds the metadata; this file only computes the package list so that
``pipeline/cli`` installs as ``jobtracker.pipeline.cli`` in both wheel and editable installs.
"""

from setuptools import find_packages, setup

FOLDERS = ("pipeline", "connectors", "classifiers", "correlator", "sinks", "api")
DATA = ["*.toml", "*.json", "*.jsonl", "*.mbox", "*.html", "*.js", "*.css", "*.eml", "*.gz"]

packages: list[str] = []
package_dir: dict[str, str] = {}
for folder in FOLDERS:
    for found in find_packages(include=[folder, f"{folder}.*"]):
        name = f"jobtracker.{found}"
        packages.append(name)
        package_dir[name] = found.replace(".", "/")

setup(
    packages=packages,
    package_dir=package_dir,
    package_data={name: ["**/*" + ext[1:] for ext in DATA] + DATA for name in packages},
)
