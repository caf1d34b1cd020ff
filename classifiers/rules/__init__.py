"""The rules step: vendor registry, phrase banks and extraction, all driven by data files."""

from jobtracker.classifiers.rules.engine import RULES_VERSION, RuleClassifier

__all__ = ["RULES_VERSION", "RuleClassifier"]
