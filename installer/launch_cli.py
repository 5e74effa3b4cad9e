"""The `pcha` program of the frozen build (PyInstaller): what `pcha` runs when installed."""

from pcha_desktop.cli.main import main

raise SystemExit(main())
