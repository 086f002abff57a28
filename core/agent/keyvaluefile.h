#pragma once

#include <QHash>
#include <QString>

namespace enclave::agent {

// The flat "key: value" subset of YAML that /etc/nitro_enclaves/allocator.yaml uses
// ('#' comments, '---' document marker). Enough for allocator.yaml and the simulator's
// settings; anything nested is ignored. Reads at most 64 KiB.
class KeyValueFile final {
public:
    static QHash<QString, QString> read(const QString &path);
    static QHash<QString, QString> parse(const QByteArray &text);
};

} // namespace enclave::agent
