#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "common/hex.h"
#include "kms/kmspolicy.h"
#include "kms/kmspolicygenerator.h"
#include "kms/kmspolicyjson.h"
#include "kms/kmspolicylinter.h"
#include "measure/measurementsloader.h"
#include "shell/mainwindow.h"
#include "studiofeatures.h"
#include "tools/kmspolicypage.h"
#include "tools/posturereportpage.h"
#include "tools/signeifpage.h"
#include "tools/signingcertificatepage.h"
#include "widgets/tools/kmsscreenshot.h"

using namespace enclave;
using namespace enclave::ui;
using namespace Qt::StringLiterals;

namespace {

const QString RoleArn = u"arn:aws:iam::111122223333:role/EnclaveParent"_s;

QString fixture(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/") + QLatin1StringView(name);
}

QStringList coreLint(const QString &policyText)
{
    const auto policy = KmsPolicy::parse(policyText.toUtf8());
    if (!policy)
        return { u"unparseable: "_s + policy.error().message };
    QStringList out;
    for (const KmsLintFinding &f : KmsPolicyLinter::lint(*policy))
        out.append(f.toString());
    return out;
}

bool loadInto(KmsPolicyPage &page, const QString &path)
{
    QSignalSpy spy(&page, &KmsPolicyPage::sourceLoaded);
    page.loadSource(path);
    return spy.wait(30000) && spy.first().first().toBool();
}

} // namespace

class TestKmsPolicyPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void policyMatchesCore()
    {
        KmsPolicyPage page;
        page.show();
        QVERIFY(loadInto(page, fixture("eif/unsigned_v4.eif")));
        QVERIFY(page.policyText().isEmpty()); // no principal yet

        auto *principal = page.findChild<QLineEdit *>(u"principal"_s);
        QVERIFY(principal);
        QTest::keyClicks(principal, RoleArn);
        QVERIFY(page.errorText().isEmpty());
        QVERIFY(!page.policyText().isEmpty());
        QVERIFY(page.canExport());
        QVERIFY(page.findChild<QPushButton *>(u"copy"_s)->isEnabled());

        // Unsigned image: PCR8 is not offered; 0, 1, 2 are bound by default.
        QVERIFY(!page.findChild<QCheckBox *>(u"pcr8"_s)->isEnabled());
        const auto measurements = MeasurementsLoader::load(fixture("eif/unsigned_v4.eif"));
        QVERIFY(measurements);
        KmsPolicyOptions options;
        options.principal = RoleArn;
        options.actions = { u"kms:Decrypt"_s };
        for (int i : { 0, 1, 2 })
            options.pcrValues.insert(i, { measurements->value(i) });
        const auto expected = KmsPolicyGenerator::keyPolicy(options);
        QVERIFY(expected);
        QCOMPARE(page.policyText(), QString::fromUtf8(KmsPolicyJson::toText(*expected)));

        // And independently of the generator: the Allow statement's values are the loader's PCRs.
        const QJsonObject policy = QJsonDocument::fromJson(page.policyText().toUtf8()).object();
        QJsonObject condition;
        for (const QJsonValue &st : policy.value(u"Statement"_s).toArray()) {
            if (st[u"Effect"_s] == u"Allow"_s && st[u"Principal"_s][u"AWS"_s] == RoleArn)
                condition = st[u"Condition"_s][u"StringEqualsIgnoreCase"_s].toObject();
        }
        QCOMPARE(condition.value(u"kms:RecipientAttestation:ImageSha384"_s).toString(),
            hex::encode(measurements->value(0)));
        QCOMPARE(condition.value(u"kms:RecipientAttestation:PCR2"_s).toString(),
            hex::encode(measurements->value(2)));
        QStringList expectedLint = coreLint(page.policyText());
        if (expectedLint.isEmpty())
            expectedLint = { KmsPolicyPage::tr("No lint findings.") };
        QCOMPARE(page.lintMessages(), expectedLint);

        // PCR0 only: the linter suggests PCR8, and the page shows it.
        page.findChild<QCheckBox *>(u"pcr1"_s)->setChecked(false);
        page.findChild<QCheckBox *>(u"pcr2"_s)->setChecked(false);
        const QStringList lint = coreLint(page.policyText());
        QVERIFY(!lint.isEmpty());
        QCOMPARE(page.lintMessages(), lint);
        kmsScreenshot(&page, u"kmspolicypage"_s);
        QVERIFY(page.policyText().contains(u"ImageSha384"_s));
        QVERIFY(!page.policyText().contains(u"PCR1"_s));
        bool pcr0Only = false;
        const auto parsed = KmsPolicy::parse(page.policyText().toUtf8());
        for (const KmsLintFinding &f : KmsPolicyLinter::lint(*parsed))
            pcr0Only = pcr0Only || f.code == u"pcr0-only";
        QVERIFY(pcr0Only);

        QTemporaryDir dir;
        const QString out = dir.filePath(u"policy.json"_s);
        QString error;
        QVERIFY(page.savedText().isEmpty());
        QVERIFY2(page.saveTo(out, &error), qPrintable(error));
        // The page says where it saved.
        QVERIFY2(page.savedText().contains(u"policy.json"_s), qPrintable(page.savedText()));
        QVERIFY(page.savedText().contains(QDir::toNativeSeparators(dir.path())));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), page.policyText());
    }

    void invalidArnShownInPlace()
    {
        KmsPolicyPage page;
        page.show();
        QVERIFY(loadInto(page, fixture("eif/unsigned_v4.eif")));
        auto *principal = page.findChild<QLineEdit *>(u"principal"_s);
        QTest::keyClicks(principal, u"arn:aws:iam::1234:role/x"_s);
        QVERIFY(page.policyText().isEmpty());
        QVERIFY(!page.errorText().isEmpty());
        QVERIFY(page.findChild<QLabel *>(u"principalError"_s)->isVisible());
        kmsScreenshot(&page, u"kmspolicypage-badarn"_s);
        // Fixing it brings the policy back and the error goes away.
        principal->setText(RoleArn);
        QVERIFY(page.errorText().isEmpty());
        QVERIFY(!page.findChild<QLabel *>(u"principalError"_s)->isVisible());
        QVERIFY(!page.policyText().isEmpty());
    }

    void unreadableSourceShownInPlace()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.eif"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(".eif\x00\x04garbage", 13));
        file.close();
        KmsPolicyPage page;
        page.show();
        QVERIFY(!loadInto(page, bad));
        page.findChild<QLineEdit *>(u"principal"_s)->setText(RoleArn);
        QVERIFY(page.policyText().isEmpty());
        for (int i : KmsPolicyPage::offeredPcrs())
            QVERIFY(!page.findChild<QCheckBox *>(u"pcr%1"_s.arg(i))->isEnabled());
    }

    void toolsMenuOpensPages()
    {
        MainWindow window;
        installDocumentFeatures(window);
        QMenu *tools = window.menu(MainWindow::Menu::Tools);
        QStringList opened;
        for (QAction *action : tools->actions()) {
            // Only ours (Ctrl+Alt+P/S/G/R): other modules' Tools actions may open modal dialogs.
            static const QList<QKeySequence> ours { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G),
                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R) };
            if (!ours.contains(action->shortcut()))
                continue;
            const int before = window.tabs()->count();
            action->trigger();
            if (window.tabs()->count() == before + 1)
                opened << QString::fromLatin1(window.tabs()->currentWidget()->metaObject()->className());
        }
        for (const char *page : { "enclave::ui::KmsPolicyPage", "enclave::ui::SignEifPage",
                 "enclave::ui::SigningCertificatePage", "enclave::ui::PostureReportPage" })
            QVERIFY2(opened.contains(QLatin1StringView(page)), page);
    }

    void debugModeSourceIsNotExported()
    {
        // A debug-mode enclave's attestation document: PCR0-2 are all zero, which would admit any
        // debug-mode enclave.
        KmsPolicyPage page;
        page.show();
        QVERIFY(loadInto(page, fixture("attestation/evervault-ga-debug-2023-09-18.cbor")));
        page.findChild<QLineEdit *>(u"principal"_s)->setText(RoleArn);
        QVERIFY(!page.policyText().isEmpty());
        const auto parsed = KmsPolicy::parse(page.policyText().toUtf8());
        QVERIFY(parsed);
        QVERIFY(KmsPolicyLinter::hasErrors(KmsPolicyLinter::lint(*parsed)));
        QCOMPARE(page.lintMessages(), coreLint(page.policyText()));
        QVERIFY(!page.canExport());
        QVERIFY(!page.errorText().isEmpty());
        QVERIFY(!page.findChild<QPushButton *>(u"copy"_s)->isEnabled());
        QTemporaryDir dir;
        QString error;
        QVERIFY(!page.saveTo(dir.filePath(u"p.json"_s), &error));
        QVERIFY(!QFile::exists(dir.filePath(u"p.json"_s)));
    }

    void startsFromCurrentDocument()
    {
        MainWindow window;
        installDocumentFeatures(window);
        window.openFile(fixture("eif/signed_p384_v4.eif"));
        QAction *policy = nullptr;
        for (QAction *action : window.menu(MainWindow::Menu::Tools)->actions()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P))
                policy = action;
        }
        QVERIFY(policy);
        policy->trigger();
        auto *page = qobject_cast<KmsPolicyPage *>(window.tabs()->currentWidget());
        QVERIFY(page);
        // The load runs on a worker thread and may finish before any spy could be attached: wait
        // for its outcome instead (the source named, and PCR8 offered for the signed image).
        QTRY_COMPARE_WITH_TIMEOUT(
            page->findChild<QLineEdit *>(u"source"_s)->text(), fixture("eif/signed_p384_v4.eif"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QCheckBox *>(u"pcr8"_s)->isChecked(), 5000);
    }

    void signedImageBindsPcr8()
    {
        KmsPolicyPage page;
        QVERIFY(loadInto(page, fixture("eif/signed_p384_v4.eif")));
        QVERIFY(page.findChild<QCheckBox *>(u"pcr8"_s)->isChecked());
        page.findChild<QLineEdit *>(u"principal"_s)->setText(RoleArn);
        const auto m = MeasurementsLoader::load(fixture("eif/signed_p384_v4.eif"));
        QVERIFY(m && m->contains(8));
        QVERIFY(page.policyText().contains(hex::encode(m->value(8))));
    }
};

QTEST_MAIN(TestKmsPolicyPage)
#include "tst_kmspolicypage.moc"
