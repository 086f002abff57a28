#pragma once

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QWidget>

// Looking at a page under Xvfb: with ENCLAVE_SCREENSHOT_DIR set (and a real X server, e.g.
// `xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb ENCLAVE_SCREENSHOT_DIR=/tmp/shots
// tests/tst_kmspolicypage`), the page is shown full size and the screen saved with ImageMagick's
// `import -window root`. A no-op otherwise.
inline void kmsScreenshot(QWidget *page, const QString &name)
{
    const QString dir = qEnvironmentVariable("ENCLAVE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    page->resize(1300, 850);
    page->move(0, 0);
    page->show();
    if (!QTest::qWaitForWindowExposed(page))
        return;
    QTest::qWait(300);
    QDir().mkpath(dir);
    QProcess::execute(QStringLiteral("import"),
        { QStringLiteral("-window"), QStringLiteral("root"), dir + u'/' + name + QStringLiteral(".png") });
}
