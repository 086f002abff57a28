#pragma once

#include <QByteArray>
#include <QString>

namespace enclave::ui {

// Re-indents JSON text without reordering keys (QJsonDocument sorts them): the metadata panel
// shows the image's JSON as written, just readable. Text that is already multi-line is kept.
QString indentJson(const QByteArray &json);

} // namespace enclave::ui
