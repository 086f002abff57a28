#pragma once

#include <QString>

class QHeaderView;
class QSplitter;

namespace enclave::ui {

// Splitter positions and user-resizable column widths, kept in QSettings under "layout/KEY":
// restored when a view is built, saved whenever the user moves them. One key per kind of view
// (not per file), so every EIF tab opens the way the last one was left.
class LayoutMemory final {
public:
    static void remember(QSplitter *splitter, const QString &key);
    // Only Interactive sections are saved and restored; stretched and fitted ones size themselves.
    static void remember(QHeaderView *header, const QString &key);
};

} // namespace enclave::ui
