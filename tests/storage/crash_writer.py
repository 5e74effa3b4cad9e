"""Writer process for the crash-safety test: killed at random moments, it must never lose a commit.

    python tests/storage/crash_writer.py DATA_DIR

Opens the folder the way the program does (lock, check, backup, migrate), prints ``ready``, then loops:
one unit of work = a new person + the ``crash_last_id`` setting set to that person's id (+ their audit
rows). The id is printed (and flushed) only after the commit has returned, so every printed id is a
promise that the row is on disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.storage.models import Person, Setting

LAST_ID_KEY = "crash_last_id"
PAYLOAD = "สำนักงานสาธารณสุขอำเภอเมืองภูเก็ต " * 4


def write_one(folder, number: int) -> int:  # type: ignore[no-untyped-def]
    with folder.database.unit_of_work("crash-writer") as session:
        person = Person(first_name=f"ทดสอบ{number}", last_name="ความทนทาน", organisation=PAYLOAD)
        session.add(person)
        session.flush()
        setting = session.get(Setting, LAST_ID_KEY)
        if setting is None:
            session.add(Setting(key=LAST_ID_KEY, value=str(person.id)))
        else:
            setting.value = str(person.id)
        return person.id


def main() -> None:
    folder = open_data_folder(Path(sys.argv[1]))
    print("ready", flush=True)
    number = 0
    while True:
        committed_id = write_one(folder, number)
        sys.stdout.write(f"{committed_id}\n")
        sys.stdout.flush()
        number += 1


if __name__ == "__main__":
    main()
