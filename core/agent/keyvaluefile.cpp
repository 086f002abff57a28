#include "agent/keyvaluefile.h"

#include <QFile>

namespace enclave::agent {

QHash<QString, QString> KeyValueFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.read(64 * 1024));
}

QHash<QString, QString> KeyValueFile::parse(const QByteArray &text)
{
    QHash<QString, QString> out;
    for (const QByteArray &raw : text.split('\n')) {
        QByteArray line = raw;
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        if (line.startsWith(' ') || line.startsWith('\t') || line.startsWith('-'))
            continue; // nested or list entries: not ours
        line = line.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QString value = QString::fromUtf8(line.mid(colon + 1).trimmed());
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        out.insert(QString::fromUtf8(line.left(colon).trimmed()), value);
    }
    return out;
}

} // namespace enclave::agent
