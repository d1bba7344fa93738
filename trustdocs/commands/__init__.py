"""The subcommands of `trustdocs`, grouped by who uses them (see trustdocs/cli.py)."""
