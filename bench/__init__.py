"""Benchmarks against the floor (the bare library doing the same work) and the data generator."""
