#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "remote/connectionprofile.h"

namespace enclave::ui {

// Saved connection profiles in QSettings (group "connections"); the Local simulator profile is
// always first and cannot be removed. Nothing secret is ever written.
class ConnectionProfileStore final {
public:
    static QList<ConnectionProfile> load();
    static void save(const QList<ConnectionProfile> &profiles);
    static ConnectionProfile find(const QString &id);
    static QString newId();

    // Host aliases from an ssh_config file (default ~/.ssh/config), without patterns
    // (*, ?, !); Include files are not followed. Reads at most 1 MiB.
    static QStringList sshConfigHosts(const QString &path = {});
};

} // namespace enclave::ui
