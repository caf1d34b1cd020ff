"""The rules step: vendor registry, phrase banks and extraction, all driven by data files."""

from jobtracker.pipeline.compiled import guard

guard()  # before any compiled module of this package is imported

from jobtracker.classifiers.rules.engine import RULES_VERSION, RuleClassifier

__all__ = ["RULES_VERSION", "RuleClassifier"]
