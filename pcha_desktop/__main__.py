from pcha_desktop.ui.app import main

raise SystemExit(main())
