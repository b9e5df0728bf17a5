// SPDX-License-Identifier: GPL-3.0-or-later
// Build guard: every QtWidgets header includes <QtWidgets/qtwidgetsglobal.h>; core/ never may.
#error "core/ must not include QtWidgets headers: move this code to ui/ (see README, Architecture)"
