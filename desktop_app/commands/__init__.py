"""Sub-commands of ``service-counter``, one module per group, each with ``register(subparsers)``."""
