// SPDX-License-Identifier: GPL-3.0-or-later
// Build guard: this directory is put first on the include path of tessera_core.
// Every QtGui header includes <QtGui/qtguiglobal.h>, so any GUI header reached from core/ stops here.
#error "core/ must not include QtGui headers: move this code to ui/ (see README, Architecture)"
