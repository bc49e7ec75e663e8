"""Use cases: each opens one session per unit of work and returns plain dataclasses."""
