"""An e-mail draft as an .eml file: the district's mail program opens it ready to check and send.

``X-Unsent: 1`` makes Outlook open the file as a new message to send (not as a received one); Thunderbird
and most other programs open an .eml as a message they can "Edit as new". The subject and the display names
are encoded words (RFC 2047, UTF-8), the body is UTF-8 text (base64, so no transport rewraps Thai lines),
attachment file names are RFC 2231 parameters (Thai names survive), made safe to save on Windows
(``exports.file_names.safe_file_name``). Lines end CRLF, as mail files do.

    write_email_draft("saraban@phuket.go.th", "รายงานการประชุม … ครั้งที่ 2/2564", "เรียน …",
                      [Path("รายงานการประชุม ครั้งที่ 2-2564.pdf")], Path("draft.eml"))

Generic on purpose: the meetings' "send to province" and the bundle export both write their drafts here.
"""

from __future__ import annotations

import mimetypes
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

from pcha_desktop.exports.file_names import safe_file_name

UNSENT_HEADER = "X-Unsent"
MAIL_FILE_POLICY = policy.SMTP
"""CRLF line ends."""


@dataclass(frozen=True)
class EmailAttachment:
    """A file to attach given as bytes (a path in ``attachments`` is read as it is)."""

    file_name: str
    data: bytes
    content_type: str = ""
    """e.g. "application/pdf"; guessed from the file name when blank."""


def one_line(text: str) -> str:
    """A header's text as the draft holds it: on one line (every line break, CR, LF, U+2028 …, becomes a
    space), without spaces at either end (mail headers drop them)."""
    return " ".join(text.splitlines()).strip()


def body_text(text: str) -> str:
    """The body as the draft holds it: lines joined by "\\n", ending with one line break."""
    return "\n".join(text.splitlines()) + "\n"


def _as_attachment(item: Path | EmailAttachment) -> EmailAttachment:
    if isinstance(item, EmailAttachment):
        return item
    path = Path(item)
    return EmailAttachment(path.name, path.read_bytes())


def build_email_draft(
    to: str | Sequence[str],
    subject: str,
    body: str,
    attachments: Sequence[Path | EmailAttachment] = (),
    from_: str | None = None,
) -> EmailMessage:
    """The draft as a message (``write_email_draft`` writes it)."""
    message = EmailMessage(policy=policy.default)
    recipients = [to] if isinstance(to, str) else list(to)
    recipients = [one_line(address) for address in recipients if address.strip()]
    if from_ and from_.strip():
        message["From"] = one_line(from_)
    if recipients:
        message["To"] = ", ".join(recipients)
    message["Subject"] = one_line(subject)
    message["Date"] = formatdate(localtime=True)
    message[UNSENT_HEADER] = "1"
    message.set_content(body_text(body), charset="utf-8", cte="base64")
    for item in attachments:
        attachment = _as_attachment(item)
        content_type = attachment.content_type or mimetypes.guess_type(attachment.file_name)[0]
        maintype, _, subtype = (content_type or "application/octet-stream").partition("/")
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype,
                               filename=safe_file_name(attachment.file_name))
    return message


def write_email_draft(
    to: str | Sequence[str],
    subject: str,
    body: str,
    attachments: Sequence[Path | EmailAttachment],
    out_path: Path,
    from_: str | None = None,
) -> Path:
    """Write an unsent e-mail (.eml) to ``out_path`` and return the path. ``to`` is one address or several
    (``"สสจ.ภูเก็ต <saraban@phuket.go.th>"`` works too); an empty ``to`` leaves the recipient to the user;
    without ``from_`` the mail program uses its own account. The file appears whole or not at all."""
    data = build_email_draft(to, subject, body, attachments, from_).as_bytes(policy=MAIL_FILE_POLICY)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=out_path.parent, prefix=".draft-", suffix=".eml")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, out_path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out_path
