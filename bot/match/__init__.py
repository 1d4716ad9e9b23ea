"""Match stage: a parsed Reply + the open requests + the agencies -> Match (the request, the signal that decided,
or the guesses for triage). signals.py holds the ordered signals; senders.py finds the agency a reply comes
from, similarity.py how much a reply resembles a request's subject. Pure.
"""

from bot.match.signals import MatchIndex, match, normalize_number, numbers_in

__all__ = ["MatchIndex", "match", "normalize_number", "numbers_in"]
