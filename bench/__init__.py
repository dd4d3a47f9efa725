"""Benchmarks: reproducible loads measured in one run (see bench/README.md)."""
