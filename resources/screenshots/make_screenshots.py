"""Make README's screenshots from the current app: the demo district in Thai, the window at 1280×720.

    QT_QPA_PLATFORM=offscreen python resources/screenshots/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
DEMO_TODAY = date(2021, 4, 20)  # in the demo's fiscal year 2564 (its data), between the second and third quarter


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from pcha_desktop.domain.thai_text import warm_up_segmenter
    from pcha_desktop.services.data_folder import open_data_folder
    from pcha_desktop.services.demo import populate_demo
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.first_run_wizard import FirstRunWizard
    from pcha_desktop.ui.fonts import install_application_font
    from pcha_desktop.ui.i18n import install_language
    from pcha_desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as temporary:
        os.environ["PCHA_USER_DIR"] = str(Path(temporary) / "user")  # not this PC's preferences
        app = QApplication(sys.argv)
        install_application_font(app)
        install_language("th")
        warm_up_segmenter()
        folder = open_data_folder(Path(temporary) / "data")
        try:
            populate_demo(folder.database)
            window = MainWindow(AppState(folder, demo=True, today=DEMO_TODAY))
            window.resize(1280, 720)
            window.show()
            window.fiscal_year_combo.setCurrentIndex(window.fiscal_year_combo.findData(DEMO_TODAY.year + 543 + 1
                                                                                       if DEMO_TODAY.month >= 10
                                                                                       else DEMO_TODAY.year + 543))
            for key, name in (("home", "home.png"), ("year_guide", "year-guide.png"), ("committees", "committee.png")):
                window.show_section(key)
                for _ in range(5):
                    app.processEvents()
                window.grab().save(str(HERE / name))
            wizard = FirstRunWizard("th")
            wizard.show()
            wizard.next()
            page = wizard.district_page
            page.province_combo.setCurrentIndex(page.province_combo.findData("54"))
            page.district_combo.setCurrentIndex(page.district_combo.findData("5407"))
            for _ in range(5):
                app.processEvents()
            wizard.grab().save(str(HERE / "first-run-district.png"))
            window.close()
        finally:
            folder.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
