"""The plan's rules: standard library only, no I/O, no clock, no framework."""
