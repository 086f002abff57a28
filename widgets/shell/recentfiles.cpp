#include "shell/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace enclave::ui {

namespace {
const auto SettingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(QSettings().value(SettingsKey).toStringList())
{
    if (m_files.size() > MaxEntries)
        m_files.resize(MaxEntries);
}

void RecentFiles::add(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(canonical);
    m_files.prepend(canonical);
    if (m_files.size() > MaxEntries)
        m_files.resize(MaxEntries);
    save();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        save();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
}

void RecentFiles::save()
{
    QSettings().setValue(SettingsKey, m_files);
    Q_EMIT changed();
}

} // namespace enclave::ui
