#!/bin/sh
# Regenerate the set: messages, facts.yaml, labels.yaml, then check.
cd "$(dirname "$0")" && rm -f ../messages/*.eml && for p in part1 part2 part3 part4 part5 part6; do python3 $p.py; done \
 && python3 facts_src.py && cd .. && python3 compute_labels.py && python3 check_corpus.py
