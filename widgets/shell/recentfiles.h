#pragma once

#include <QObject>
#include <QStringList>

namespace enclave::ui {

// Most-recently-opened files, newest first, persisted in QSettings under "recentFiles".
class RecentFiles final : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxEntries = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void save();
    QStringList m_files;
};

} // namespace enclave::ui
