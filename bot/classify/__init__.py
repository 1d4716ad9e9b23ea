"""Classify stage: a parsed Reply (and the sender's agency, when known) -> its kind and the facts it states
(tracking number, dates, fee, our deadlines). kinds.py holds the ordered rules, phrases.py the phrase families
they read, scope.py how a family is read (not inside a condition, a plan or boilerplate), model.py the kind model
learned from the labeled sets (asked after the rules), facts.py the facts.
Pure.
"""

from bot.classify.kinds import Decision, classify, decide

__all__ = ["Decision", "classify", "decide"]
