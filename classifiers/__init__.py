"""Classification of mail: the rules step, the (optional) LLM step and the cascade."""

from jobtracker.classifiers.base import Classifier
from jobtracker.classifiers.cascade import Cascade
from jobtracker.classifiers.rules import RULES_VERSION, RuleClassifier

__all__ = ["RULES_VERSION", "Cascade", "Classifier", "RuleClassifier"]
