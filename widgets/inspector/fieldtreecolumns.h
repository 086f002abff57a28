#pragma once

#include <QString>

class QTreeView;

namespace enclave::ui {

// The field tree's columns for every inspector: the name column sized to its contents at first
// and then by the user (remembered under layoutKey), the value column taking all remaining room
// (long values are elided only when the window is too narrow; the tooltip has them whole), offset
// and length fitted to their numbers.
void setUpFieldTreeColumns(QTreeView *tree, const QString &layoutKey);

} // namespace enclave::ui
