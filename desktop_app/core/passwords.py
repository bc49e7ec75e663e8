"""Password hashing with argon2id; clear text is never stored or logged."""

from __future__ import annotations

import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_PASSWORD_LENGTH = 8

# argon2id with the library's recommended parameters (RFC 9106 low-memory: t=3, m=64 MiB, p=4).
# The test suite sets SERVICE_COUNTER_TEST_HASHING=1 for the same algorithm at minimal cost,
# so hundreds of test accounts don't spend minutes hashing; production never sets it.
_hasher = (
    PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    if os.environ.get("SERVICE_COUNTER_TEST_HASHING") == "1"
    else PasswordHasher()
)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
