#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace enclave::ui {

// Help > About: the app's version, the versions of Qt (run time), OpenSSL, libcbor and zlib (from
// core, which links them) and the licence.
class AboutDialog final {
    Q_DECLARE_TR_FUNCTIONS(AboutDialog)

public:
    static QString text(); // rich text
    static void show(QWidget *parent);
};

} // namespace enclave::ui
