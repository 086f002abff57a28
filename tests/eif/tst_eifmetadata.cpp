#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include "eif/eifmetadata.h"

using namespace enclave;

class TestEifMetadata final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nitroCliShape()
    {
        const QByteArray json
            = R"({"ImageName":"hello","ImageVersion":"1.0","BuildMetadata":{"BuildTime":"t",)"
              R"("BuildTool":"nitro-cli","BuildToolVersion":"1.5.0","OperatingSystem":"Linux",)"
              R"("KernelVersion":"4.14.256"},"DockerInfo":{"Id":"sha256:00"},"CustomMetadata":{"team":"x"}})";
        auto m = EifMetadata::parse(json, 100);
        QVERIFY(m);
        QCOMPARE(m->imageName(), QStringLiteral("hello"));
        QCOMPARE(m->imageVersion(), QStringLiteral("1.0"));
        const QJsonObject d = m->describeMetadata();
        QCOMPARE(d.value(QLatin1StringView("BuildTool")).toString(), QStringLiteral("nitro-cli"));
        QCOMPARE(
            d.value(QLatin1StringView("DockerInfo")).toObject().value(QLatin1StringView("Id")).toString(),
            QStringLiteral("sha256:00"));
        QCOMPARE(d.value(QLatin1StringView("team")).toString(), QStringLiteral("x")); // flattened
        QVERIFY(!d.contains(QLatin1StringView("CustomMetadata")));
        QVERIFY(!d.contains(QLatin1StringView("ImageName")));
    }

    void eifBuildDefaults()
    {
        // eif_build: DockerInfo and CustomMetadata null; read leniently.
        auto m = EifMetadata::parse(
            R"({"ImageName":"a","ImageVersion":"a","BuildMetadata":{},"DockerInfo":null,"CustomMetadata":null})");
        QVERIFY(m);
        QVERIFY(m->describeMetadata().value(QLatin1StringView("DockerInfo")).isNull());
        QCOMPARE(m->describeMetadata().size(), 1);
    }

    void buildRoundTrip()
    {
        QJsonObject build { { QStringLiteral("BuildTool"), QStringLiteral("enclave-tool") } };
        const QByteArray bytes = EifMetadata::build(QStringLiteral("n"), QStringLiteral("v"), build,
            QJsonValue::Null, QJsonObject { { QStringLiteral("k"), 1 } });
        QVERIFY(!bytes.contains('\n'));
        auto m = EifMetadata::parse(bytes);
        QVERIFY(m);
        QCOMPARE(m->imageName(), QStringLiteral("n"));
        QCOMPARE(m->describeMetadata().value(QLatin1StringView("k")).toInt(), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("syntax") << QByteArray("{\"a\": }")
                                << qint64(1000 + 7); // QJsonParseError::offset: where the parser stopped
        QTest::newRow("array") << QByteArray("[]") << qint64(1000);
        QTest::newRow("empty") << QByteArray() << qint64(1000);
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, offset);
        auto m = EifMetadata::parse(json, 1000);
        QVERIFY(!m);
        QCOMPARE(m.error().code, Error::Code::Malformed);
        QCOMPARE(m.error().offset, offset);
    }
};

QTEST_GUILESS_MAIN(TestEifMetadata)
#include "tst_eifmetadata.moc"
