"""What every section of the UI is built on: change notices, long work off the GUI thread, undo, errors."""
