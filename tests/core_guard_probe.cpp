// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled with tessera_core's include path by the core_rejects_gui_headers test, which expects
// the compile to FAIL: core/ must not be able to include a QtWidgets or QtGui header.
#include <QtWidgets/QWidget>
#include <QtGui/QColor>
