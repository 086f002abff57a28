#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "common/hex.h"
#include "inspector/documentview.h"
#include "measure/measurementsloader.h"
#include "posture/postureassessor.h"
#include "posture/postureinputs.h"
#include "shell/mainwindow.h"
#include "studiofeatures.h"
#include "tools/posturereportpage.h"
#include "tools/signeifpage.h"
#include "widgets/common/messageboxanswer.h"
#include "widgets/tools/kmsscreenshot.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/") + QLatin1StringView(name);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestPostureReportPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersAndExports()
    {
        const QString eif = fixture("eif/signed_p384_v4.eif");
        const QString attestation = fixture("attestation/sparsity-attestation2-2023-09-28.cbor");
        PostureReportPage page;
        page.show();
        page.setInputs(eif, {}, attestation);
        QSignalSpy spy(&page, &PostureReportPage::finished);
        QTest::mouseClick(page.findChild<QPushButton *>(u"assess"_s), Qt::LeftButton);
        QVERIFY(spy.wait(60000));
        QVERIFY2(spy.first().first().toBool(), qPrintable(page.errorText()));

        // Same checks as core's report for the same inputs (the markdown's first line after the
        // title may carry the time, so compare the check table, which does not).
        const auto inputs = PostureInputs::load(eif, {}, attestation);
        QVERIFY(inputs);
        const QString expected = PostureAssessor::assess(*inputs).toMarkdown();
        const auto m = MeasurementsLoader::load(eif);
        QVERIFY(m);
        const QString pcr0 = hex::encode(m->value(0));
        QVERIFY(page.markdown().contains(pcr0));
        QCOMPARE(page.markdown().count(u"FAIL"_s), expected.count(u"FAIL"_s));
        QCOMPARE(page.markdown().count(u"PASS"_s), expected.count(u"PASS"_s));
        // Rendered, not shown as source: no table pipes left in the visible text.
        const QString visible = page.browser()->toPlainText();
        QVERIFY(visible.contains(pcr0.left(32)));
        QVERIFY(!visible.contains(u"| ---"_s));
        kmsScreenshot(&page, u"posturereportpage"_s);

        QTemporaryDir dir;
        QString error;
        QVERIFY2(page.exportTo(dir.filePath(u"r.md"_s), PostureReportPage::Format::Markdown, &error),
            qPrintable(error));
        QCOMPARE(readText(dir.filePath(u"r.md"_s)), page.markdown());
        QVERIFY2(page.exportTo(dir.filePath(u"r.html"_s), PostureReportPage::Format::Html, &error),
            qPrintable(error));
        const QString html = readText(dir.filePath(u"r.html"_s));
        QVERIFY(html.contains(u"<table"_s));
        QVERIFY(html.contains(pcr0.left(32)));
        // Standalone, with its own style sheet (not Qt's rich-text dump).
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<style>"_s) && html.contains(u"border-collapse: collapse"_s));
        QVERIFY(!html.contains(u"qrichtext"_s));
        // From the GUI: file names, no CLI pointer.
        for (const QString &text : { page.markdown(), html, visible }) {
            QVERIFY(!text.contains(QStringLiteral(TEST_DATA_DIR)));
            QVERIFY(!text.contains(u"enclave-tool"_s));
        }
        QVERIFY(visible.contains(u"signed_p384_v4.eif"_s));
        QVERIFY(page.markdown().contains(u"by Enclave Studio."_s));
        page.setFullPaths(true);
        QVERIFY(page.markdown().contains(eif));
        QVERIFY(page.browser()->toPlainText().contains(eif));
        page.setFullPaths(false);

        // PDF: a real PDF document with the report's text laid out.
        QVERIFY2(page.exportTo(dir.filePath(u"r.pdf"_s), PostureReportPage::Format::Pdf, &error),
            qPrintable(error));
        QFile pdf(dir.filePath(u"r.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.size() > 4000);
        QVERIFY(pdfBytes.contains("/Type /Page"));

        // Exporting over an existing file asks first, naming it.
        auto keep = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!page.exportAs(dir.filePath(u"r.md"_s), PostureReportPage::Format::Html));
        QVERIFY(keep->seen && keep->text.contains(u"r.md"_s));
        QCOMPARE(readText(dir.filePath(u"r.md"_s)), page.markdown());
        auto replace = answerNextMessageBox(QMessageBox::DestructiveRole);
        QVERIFY(page.exportAs(dir.filePath(u"r.md"_s), PostureReportPage::Format::Html));
        QVERIFY(replace->seen);
        QCOMPARE(readText(dir.filePath(u"r.md"_s)), page.html());
    }

    // Tools > Security Posture Report and Sign EIF start from the current tab's file, recognised by
    // core from its content (a copy without the .eif / .cbor name is still an image / a document).
    void startsFromTheCurrentTab_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("field"); // the posture page's field it fills
        QTest::addColumn<bool>("signable");
        QTest::newRow("EIF named .bin") << u"eif/signed_p384_v4.eif"_s << u"eif"_s << true;
        QTest::newRow("attestation named .bin")
            << u"attestation/sparsity-attestation2-2023-09-28.cbor"_s << u"attestation"_s << false;
    }
    void startsFromTheCurrentTab()
    {
        QFETCH(QString, source);
        QFETCH(QString, field);
        QFETCH(bool, signable);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"input.bin"_s);
        QVERIFY(QFile::copy(fixture(qPrintable(source)), copy));
        MainWindow window;
        installDocumentFeatures(window);
        QVERIFY(window.openFile(copy));
        const auto trigger = [&window](const QString &text) {
            for (QAction *a : window.menu(MainWindow::Menu::Tools)->actions()) {
                if (a->text().remove(u'&').contains(text)) {
                    a->trigger();
                    return true;
                }
            }
            return false;
        };
        QVERIFY(trigger(u"Posture"_s));
        auto *posture = window.findChild<PostureReportPage *>();
        QVERIFY(posture);
        for (const QString &name : { u"eif"_s, u"policy"_s, u"attestation"_s })
            QCOMPARE(posture->findChild<QLineEdit *>(name)->text(), name == field ? copy : QString());

        window.openFile(copy); // re-opening focuses its tab again
        QCOMPARE(window.currentDocument()->filePath(), copy);
        QVERIFY(trigger(u"Sign EIF"_s));
        auto *sign = window.findChild<SignEifPage *>();
        QVERIFY(sign);
        QCOMPARE(sign->findChild<QLineEdit *>(u"eif"_s)->text(), signable ? copy : QString());
    }

    void missingImageShownInPlace()
    {
        QTemporaryDir dir;
        PostureReportPage page;
        page.show();
        page.setInputs(dir.filePath(u"nope.eif"_s));
        QSignalSpy spy(&page, &PostureReportPage::finished);
        page.assess();
        QVERIFY(spy.wait(30000));
        QVERIFY(!spy.first().first().toBool());
        QVERIFY(!page.errorText().isEmpty());
        QString error;
        QVERIFY(!page.exportTo(dir.filePath(u"r.md"_s), PostureReportPage::Format::Markdown, &error));
    }
};

QTEST_MAIN(TestPostureReportPage)
#include "tst_posturereportpage.moc"
