"""Match stage: a parsed Reply + the open requests + the agencies -> Match (the request, the signal that decided,
or the guesses for triage). index.py holds the lookup tables and runs the ordered signals of signals.py; numbers.py
says how tracking numbers are found, senders.py the agency a reply comes from, similarity.py how much a reply
resembles a request's subject. Pure.
"""

from bot.match.index import MatchIndex, match
from bot.match.numbers import normalize_number, numbers_in

__all__ = ["MatchIndex", "match", "normalize_number", "numbers_in"]
