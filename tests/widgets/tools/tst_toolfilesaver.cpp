#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include "tools/errorbanner.h"
#include "tools/toolfilesaver.h"
#include "tools/toolresultpanel.h"
#include "widgets/common/messageboxanswer.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}
int modeOf(const QString &path)
{
    struct stat st { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
} // namespace

// How the tool pages write what they produce (a policy, a report) and show the outcome: the one
// overwrite question, atomic writes, the error banner and the result panel.
class TestToolFileSaver final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void save_data()
    {
        QTest::addColumn<QString>("existing"); // empty: no file there yet
        QTest::addColumn<int>("answer"); // the role clicked if asked; -1: no question expected
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("new file, no question")
            << QString() << -1 << int(ToolFileSaver::Outcome::Saved) << true;
        QTest::newRow("existing, replace")
            << u"old"_s << int(QMessageBox::DestructiveRole) << int(ToolFileSaver::Outcome::Saved) << true;
        QTest::newRow("existing, keep")
            << u"old"_s << int(QMessageBox::RejectRole) << int(ToolFileSaver::Outcome::Kept) << false;
    }
    void save()
    {
        QFETCH(QString, existing);
        QFETCH(int, answer);
        QFETCH(int, outcome);
        QFETCH(bool, replaced);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"policy.json"_s);
        if (!existing.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(existing.toUtf8());
        }
        QWidget parent;
        std::shared_ptr<MessageBoxAnswer> asked;
        if (answer >= 0)
            asked = answerNextMessageBox(QMessageBox::ButtonRole(answer));
        QString error;
        const auto result = ToolFileSaver::save(&parent, path, "{\"new\": true}\n", &error);
        QCOMPARE(int(result), outcome);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (asked) {
            // The question names the file and where it is.
            QVERIFY(asked->seen);
            QVERIFY2(asked->text.contains(u"policy.json"_s), qPrintable(asked->text));
            QVERIFY(asked->text.contains(QDir::toNativeSeparators(dir.path())));
        }
        QCOMPARE(readAll(path), replaced ? "{\"new\": true}\n"_ba : existing.toUtf8());
        if (replaced)
            QCOMPARE(modeOf(path), 0644);
        // Nothing left behind: only the file itself is in the directory.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"policy.json"_s });
        const QString said = ToolFileSaver::savedText(path);
        QVERIFY(said.contains(u"policy.json"_s) && said.contains(QDir::toNativeSeparators(dir.path())));
    }

    void failureIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-dir/report.md"_s);
        QString error;
        QWidget parent;
        QCOMPARE(ToolFileSaver::save(&parent, path, "x", &error), ToolFileSaver::Outcome::Failed);
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ToolFileSaver::write(path, "x"));
    }

    void bannerAndPanel_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("empty hides") << QString();
        QTest::newRow("shown") << u"Not signed: <b>not markup</b>"_s;
    }
    void bannerAndPanel()
    {
        QFETCH(QString, message);
        QWidget page; // never shown: the page's accessors work before it is on screen
        auto *banner = new ErrorBanner(&page);
        auto *panel = new ToolResultPanel(u"Signed"_s, &page);
        QLabel *value = panel->addValue(u"PCR0:"_s, u"pcr0"_s);
        value->setText(u"abcd"_s);
        QVERIFY(banner->shownText().isEmpty());
        QVERIFY(panel->shownText(value).isEmpty()); // hidden until there is a result
        banner->showMessage(message);
        QCOMPARE(banner->shownText(), message);
        QCOMPARE(banner->textFormat(), Qt::PlainText);
        panel->show();
        QCOMPARE(panel->shownText(value), u"abcd"_s);
        QCOMPARE(page.findChild<QLabel *>(u"pcr0"_s), value);
        banner->clearMessage();
        QVERIFY(banner->shownText().isEmpty());
        QVERIFY(banner->isHidden());
    }
};

QTEST_MAIN(TestToolFileSaver)
#include "tst_toolfilesaver.moc"
