"""Tables of the signed report bundle (revision 0008): the district side's exports and UCCARE pass results,
the province side's registered keys, imported bundles and the records merged from them by uuid.

District side
- ``PastYearResult`` (table ``quality_assessment``): the UCCARE pass result the secretary TYPED for a fiscal
  year before the app, kept only for the province table's baselines (seed 000). It is never the result of a
  year that has UCCARE assessments: services/uccare.py ``year_results`` computes those and uses a typed row
  only for a year without any (the one source of truth for the bundle, the report and the year guide).
- ``BundleExport``: every bundle written for a period (its sequence number, the manifest's SHA-256, when it
  was sent, the records it held as {uuid: updated_at}) so that a later change is visible and the next
  export lists what changed since the one sent.

Province side
- ``RegisteredKey``: a district's Ed25519 public key, confirmed by its fingerprint; a replaced key is
  retired (``retired_at``), never deleted.
- ``ImportedBundle``: every verified bundle imported (history kept); ``is_current`` marks the highest
  sequence of a district and period.
- ``ProvinceRecord``: each district record (issue, KPI, committee …) by its stable uuid, the newest
  ``updated_at`` winning: the province merges by record, never by position or name.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pcha_desktop.storage.models.base import Base, StableIdentity, utc_now


class PastYearResult(StableIdentity, Base):
    """A typed UCCARE pass result of one fiscal year before the app (one row a year); read only through
    services/uccare.py ``year_results``, written by ``set_past_result``."""

    __tablename__ = "quality_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, unique=True)
    passed: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(40), default="typed")  # who gave the result: typed / province …
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="fiscal_year_in_range"),)


class BundleExport(StableIdentity, Base):
    """A bundle written for a report period; ``sent_at`` once it went to the province."""

    __tablename__ = "bundle_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), index=True)  # "2564Q1", "2564R6", "2564"
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    records: Mapped[str] = mapped_column(Text, default="{}")  # JSON {uuid: [kind, label, updated_at]}

    __table_args__ = (
        UniqueConstraint("period", "sequence", name="uq_bundle_export_period_sequence"),
        CheckConstraint("sequence >= 1", name="sequence_from_1"),
    )


class RegisteredKey(StableIdentity, Base):
    """A district's public signing key as the province registered it."""

    __tablename__ = "registered_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    district_code: Mapped[str] = mapped_column(String(4), index=True)
    public_key: Mapped[str] = mapped_column(String(64), unique=True)  # the raw 32 bytes, hex
    fingerprint: Mapped[str] = mapped_column(String(40))
    registered_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("length(district_code) = 4", name="district_code_has_four_digits"),)


class ImportedBundle(StableIdentity, Base):
    """One verified bundle as imported (never deleted: the history of what each district sent)."""

    __tablename__ = "imported_bundle"

    id: Mapped[int] = mapped_column(primary_key=True)
    district_code: Mapped[str] = mapped_column(String(4))
    district_name: Mapped[str] = mapped_column(String(100))
    period: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(40))  # as the manifest says (ISO 8601, UTC)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    key_fingerprint: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(255), default="")
    manifest_json: Mapped[str] = mapped_column(Text)
    data_json: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_imported_bundle_district_period", "district_code", "period"),
        CheckConstraint("sequence >= 1", name="sequence_from_1"),
    )


class ProvinceRecord(StableIdentity, Base):
    """A district's record merged by its uuid (``record_uuid``); the newest ``source_updated_at`` wins."""

    __tablename__ = "province_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    district_code: Mapped[str] = mapped_column(String(4), index=True)
    record_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    source_updated_at: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("imported_bundle.id", ondelete="RESTRICT"), index=True)


__all__ = ["BundleExport", "ImportedBundle", "PastYearResult", "ProvinceRecord", "RegisteredKey"]
