"""API keys: `bq_<prefix>.<secret>`, the secret 32 random bytes (secrets.token_urlsafe).

Only the SHA-256 hash of the whole key is stored, with the prefix that admins see.
"""

import hashlib
import re
import secrets

PREFIX_BYTES = 4  # 8 hex digits, shown to administrators
SECRET_BYTES = 32
KEY_RE = re.compile(r"^(bq_[0-9a-f]{8})\.([A-Za-z0-9_-]{43,128})$")


def generate():
    """A new key and its prefix."""
    prefix = f"bq_{secrets.token_hex(PREFIX_BYTES)}"
    return f"{prefix}.{secrets.token_urlsafe(SECRET_BYTES)}", prefix


def hash_key(plaintext):
    return hashlib.sha256(plaintext.encode()).hexdigest()


def parse(plaintext):
    """The prefix of a well-formed key, or None."""
    match = KEY_RE.match(plaintext)
    return match.group(1) if match else None
