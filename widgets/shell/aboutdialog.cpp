#include "shell/aboutdialog.h"

#include <QMessageBox>
#include <QtGlobal>

#include "common/libraryversions.h"

namespace enclave::ui {

QString AboutDialog::text()
{
    const LibraryVersions v = LibraryVersions::current();
    const auto row = [](const QString &name, const QString &version) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    };
    QString html = tr("<h3>Enclave Studio %1</h3><p>Inspect AWS Nitro Enclave images, recompute their PCRs, "
                      "verify attestation documents and operate enclaves.</p>")
                       .arg(QStringLiteral(ENCLAVE_VERSION));
    html += QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Qt"),
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    html += row(tr("OpenSSL"), v.openssl);
    html += row(tr("libcbor"), v.libcbor);
    html += row(tr("zlib"), v.zlib);
    html += QStringLiteral("</table>");
    html += tr(
        "<p>Licensed under the Apache License, Version 2.0. Qt is used under the LGPL v3, OpenSSL under the "
        "Apache License 2.0, libcbor under the MIT licence.</p>");
    return html;
}

void AboutDialog::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Enclave Studio"), text());
}

} // namespace enclave::ui
