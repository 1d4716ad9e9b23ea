"""foiabot: tracks public-records requests from a shared inbox to Slack."""

__version__ = "0.1.0"
