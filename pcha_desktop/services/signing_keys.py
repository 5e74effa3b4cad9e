"""The district's Ed25519 signing key and the fingerprint read aloud over the phone.

The key pair is made the first time it is needed (the first bundle, ``pcha key``) and kept in the per-user
folder (``services.workspace.keys_dir``: owner-only, never the database nor the data folder that backups
copy), one file per district code: ``keys/district-8301.pem`` (PKCS #8, unencrypted: the folder's
permissions protect it, as an SSH key's do).

The fingerprint is the SHA-256 of the raw 32-byte public key, shown as 20 decimal digits in five groups of
four ("0421 7789 3316 0254 9981"), which anyone can read out in Thai or English; with Thai digits on, the
same digits are shown as Thai digits. Losing or replacing the key: make a new one (``pcha key --new``),
send the public key to the province, and the province registers it with ``--replace`` after confirming the
fingerprint by phone (README "Report bundle").
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.exceptions import UnsupportedAlgorithm as UnsupportedAlgorithmError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pcha_desktop.domain.thai_calendar import to_thai_digits
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.services.workspace import keys_dir, write_private_file

FINGERPRINT_DIGITS = 20
_DISTRICT_CODE = re.compile(r"^[0-9]{4}$")


def key_path(district_code: str, user_folder: Path | None = None) -> Path:
    if not _DISTRICT_CODE.match(district_code):
        raise UserFacingError(f"รหัสอำเภอ {district_code} ไม่ถูกต้อง", f"The district code {district_code} is not valid")
    return keys_dir(user_folder) / f"district-{district_code}.pem"


def has_key(district_code: str, user_folder: Path | None = None) -> bool:
    return key_path(district_code, user_folder).is_file()


def signing_key(district_code: str, user_folder: Path | None = None) -> Ed25519PrivateKey:
    """The district's private key, made (and saved owner-only) at first use."""
    path = key_path(district_code, user_folder)
    if path.is_file():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError, OSError) as error:
            raise UserFacingError(
                f"อ่านกุญแจลงนามของอำเภอไม่ได้ ({path}) หากกุญแจเสีย ให้สร้างใหม่ด้วย pcha key --new แล้วแจ้งจังหวัด",
                f"The district's signing key cannot be read ({path}); if it is damaged, make a new one with"
                " pcha key --new and tell the province", field="key") from error
        if not isinstance(key, Ed25519PrivateKey):
            raise UserFacingError(f"ไฟล์ {path} ไม่ใช่กุญแจ Ed25519", f"{path} is not an Ed25519 key", field="key")
        return key
    return new_signing_key(district_code, user_folder)


def new_signing_key(district_code: str, user_folder: Path | None = None) -> Ed25519PrivateKey:
    """A new key pair; an existing key is kept beside it as ``.pem.old`` (the province must confirm the new)."""
    path = key_path(district_code, user_folder)
    if path.is_file():
        write_private_file(path.with_suffix(".pem.old"), path.read_bytes())
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    write_private_file(path, pem)
    return key


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes, thai_digits: bool = False) -> str:
    """"0421 7789 3316 0254 9981": five groups of four digits from the SHA-256 of the raw public key."""
    number = int.from_bytes(hashlib.sha256(public_key).digest()[:16], "big") % 10**FINGERPRINT_DIGITS
    digits = f"{number:0{FINGERPRINT_DIGITS}d}"
    text = " ".join(digits[index:index + 4] for index in range(0, FINGERPRINT_DIGITS, 4))
    return to_thai_digits(text) if thai_digits else text


def public_key_pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def export_public_key(district_code: str, out: Path, user_folder: Path | None = None) -> tuple[Path, str]:
    """Write the district's public key (PEM) for the province; returns the file and the fingerprint."""
    key = signing_key(district_code, user_folder)
    out = Path(out)
    out.write_bytes(public_key_pem(key))
    return out, fingerprint(public_raw(key))


def read_public_key_file(path: Path) -> bytes:
    """The raw 32-byte public key of a PEM file a district sent; UserFacingError for anything else."""
    try:
        raw = Path(path).read_bytes()
        if len(raw) > 10_000:
            raise ValueError("too large")
        key = serialization.load_pem_public_key(raw)
    except (ValueError, TypeError, OSError, UnsupportedAlgorithmError) as error:
        raise UserFacingError(f"ไฟล์ {path} ไม่ใช่กุญแจสาธารณะของอำเภอ (PEM) ({error})",
                              f"{path} is not a district's public key (PEM) ({error})", field="public_key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise UserFacingError(f"ไฟล์ {path} ไม่ใช่กุญแจ Ed25519", f"{path} is not an Ed25519 public key", field="public_key")
    return public_raw(key)


def sign(key: Ed25519PrivateKey, message: bytes) -> bytes:
    return key.sign(message)


def signature_holds(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


__all__ = [
    "export_public_key", "fingerprint", "has_key", "key_path", "new_signing_key", "public_key_pem", "public_raw",
    "read_public_key_file", "sign", "signature_holds", "signing_key",
]
