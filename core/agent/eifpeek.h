#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/error.h"

namespace enclave::agent {

// The little the agent needs from an EIF before the full EIF module is available to it: header
// fields, the section table walked the way nitro-cli walks it (sequentially from offset 548) and
// the kernel command line. Reads headers only (plus at most 4 KiB of cmdline).
struct EifPeek {
    struct Section {
        quint16 type = 0;
        qint64 offset = 0; // of the 12-byte section header
        qint64 size = 0; // of the data
        QString typeName() const;
    };

    quint16 version = 0;
    quint16 flags = 0;
    qint64 fileSize = 0;
    QList<Section> sections;
    QString cmdline;

    static Result<EifPeek> read(const QString &path);
    QString architecture() const
    {
        return (flags & 1) ? QStringLiteral("aarch64") : QStringLiteral("x86_64");
    }
    QJsonObject toJson() const;
};

} // namespace enclave::agent
