"""The `pcha-desktop` program of the frozen build (PyInstaller): what `pcha-desktop` runs when installed."""

from pcha_desktop.ui.app import main

raise SystemExit(main())
