#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml from the letters in msgs_*.py, then labels.yaml."""
import build_lib, msgs_federal, msgs_state, msgs_state2, compute_labels, yaml, os
build_lib.write_all()
labels = compute_labels.compute()
with open(os.path.join(build_lib.HERE, "labels.yaml"), "w") as f:
    yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=200)
print(len(labels), "labels")
