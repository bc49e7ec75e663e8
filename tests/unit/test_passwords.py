"""Passwords are argon2id hashes with production-strength parameters outside the test suite."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop_app.core.passwords import hash_password, verify_password


def test_hash_and_verify() -> None:
    hashed = hash_password("secret-123")
    assert hashed.startswith("$argon2id$") and "secret-123" not in hashed
    assert verify_password(hashed, "secret-123") and not verify_password(hashed, "secret-124")
    assert not verify_password("not a hash", "secret-123")


def test_production_parameters() -> None:
    env = {k: v for k, v in os.environ.items() if k != "SERVICE_COUNTER_TEST_HASHING"}
    out = subprocess.run([sys.executable, "-c", "from desktop_app.core.passwords import hash_password;"
                          "print(hash_password('x'))"], capture_output=True, text=True, env=env, check=True).stdout
    assert out.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
