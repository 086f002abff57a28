#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "remote/healthcheckdialog.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestHealthCheckDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A long reason makes the dialog taller; the fields keep the height they need.
    void growsWithItsMessage()
    {
        HealthCheckDialog dialog(nullptr, 16);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int before = dialog.height();
        QString reason;
        for (int i = 0; i < 12; ++i)
            reason += u"the application answered with something else than what was expected, "_s;
        dialog.showResult(false, 12.5, reason);
        QCoreApplication::processEvents();
        QVERIFY2(dialog.height() > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(dialog.height())));
        QVERIFY(dialog.resultLabel()->height()
            >= dialog.resultLabel()->heightForWidth(dialog.resultLabel()->width()));
        for (QWidget *field : { static_cast<QWidget *>(dialog.portSpin()),
                 static_cast<QWidget *>(dialog.requestEdit()), static_cast<QWidget *>(dialog.expectEdit()) })
            QVERIFY(field->height() >= field->minimumSizeHint().height());
    }

    void reasonWithoutMachinePaths_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("shown");
        QTest::newRow("socket path")
            << u"connect /root/.local/share/sim/vsock/16_5000.sock: Connection refused"_s
            << u"Not healthy after 1.00 ms: connect Connection refused"_s;
        QTest::newRow("vsock words kept")
            << u"vsock connect 16:5000: Connection refused"_s
            << u"Not healthy after 1.00 ms: vsock connect 16:5000: Connection refused"_s;
        QTest::newRow("plain") << u"connection closed before the expected reply"_s
                               << u"Not healthy after 1.00 ms: connection closed before the expected reply"_s;
    }
    void reasonWithoutMachinePaths()
    {
        QFETCH(QString, error);
        QFETCH(QString, shown);
        HealthCheckDialog dialog(nullptr, 16);
        dialog.portSpin()->setValue(5000);
        dialog.showResult(false, 1.0, error);
        const QString text = dialog.resultLabel()->text();
        QVERIFY2(text.startsWith(shown), qPrintable(text));
        QVERIFY(!text.contains(u"/root"_s));
        // A refused connection is explained in the app's words.
        QCOMPARE(text.contains(u"Nothing in the enclave accepts connections on port 5000"_s),
            error.contains(u"refused"_s));
    }
};

QTEST_MAIN(TestHealthCheckDialog)
#include "tst_healthcheckdialog.moc"
