#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include "eif/eifdescription.h"
#include "eif/eiftestsupport.h"
#include "measure/nitroclijson.h"

using namespace enclave;
using namespace enclave::test;

namespace {

// The lines of the fixture's "nitro_cli_describe_eif" block (nitro-cli's own text, two-space
// indent), dedented to the top level.
QStringList nitroCliLines(const QString &name)
{
    const QString text = QString::fromUtf8(
        readFile(QStringLiteral(TEST_DATA_DIR "/eif/") + name + QStringLiteral(".expected.json")));
    const QStringList all = text.split(u'\n');
    QStringList out;
    bool inside = false;
    for (const QString &line : all) {
        if (!inside) {
            if (line == QStringLiteral("  \"nitro_cli_describe_eif\": {")) {
                inside = true;
                out << QStringLiteral("{");
            }
            continue;
        }
        if (line.startsWith(QStringLiteral("  }"))) {
            out << QStringLiteral("}");
            break;
        }
        out << line.mid(2);
    }
    return out;
}

QString withoutComma(QString line)
{
    if (line.endsWith(u','))
        line.chop(1);
    return line;
}

QStringList topLevelKeys(const QStringList &lines)
{
    QStringList keys;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("  \"")))
            keys << line.mid(3, line.indexOf(u'"', 3) - 3);
    }
    return keys;
}

} // namespace

class TestNitroCliJson final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // describe-eif prints nitro-cli's text line for line (its keys in its struct order, values as
    // nitro-cli prints them), our own keys after nitro-cli's.
    void describeEif_data() { addSyntheticFixtureRows(); }
    void describeEif()
    {
        QFETCH(QString, name);
        const QStringList expected = nitroCliLines(name);
        QVERIFY(expected.size() > 5);
        auto d = EifDescription::describe(fixtureEifPath(name));
        QVERIFY(d);
        const QString text = QString::fromUtf8(NitroCliJson::describeEif(*d));
        QVERIFY(text.endsWith(QStringLiteral("}\n")));
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), d->toJson());
        const QStringList ours = text.split(u'\n');

        // nitro-cli's lines are a subsequence of ours (the last nitro-cli key gains a comma).
        qsizetype at = 0;
        for (const QString &line : expected) {
            while (at < ours.size() && withoutComma(ours.at(at)) != withoutComma(line))
                ++at;
            QVERIFY2(at < ours.size(), qPrintable(QStringLiteral("missing or out of order: ") + line));
            ++at;
        }
        QStringList keys = topLevelKeys(expected);
        keys << QStringLiteral("Architecture") << QStringLiteral("Sections") << QStringLiteral("Warnings");
        QCOMPARE(topLevelKeys(ours), keys);
        QVERIFY(text.contains(QStringLiteral("\n  \"Warnings\": []\n}")));
    }

    void buildInfo_data()
    {
        QTest::addColumn<QList<int>>("indexes");
        QTest::addColumn<QString>("order"); // PCR keys as printed
        QTest::newRow("unsigned") << QList<int> { 0, 1, 2 } << QStringLiteral("PCR0,PCR1,PCR2");
        QTest::newRow("signed") << QList<int> { 8, 2, 1, 0 } << QStringLiteral("PCR0,PCR1,PCR2,PCR8");
        // serde's BTreeMap<String, String> sorts the keys as text.
        QTest::newRow("two digits") << QList<int> { 0, 10, 2 } << QStringLiteral("PCR0,PCR10,PCR2");
        QTest::newRow("empty") << QList<int> {} << QString();
    }
    void buildInfo()
    {
        QFETCH(QList<int>, indexes);
        QFETCH(QString, order);
        Measurements m;
        for (int i : indexes)
            m.insert(i, QByteArray(48, char(i)));
        QString expected
            = QStringLiteral("{\n  \"Measurements\": {\n    \"HashAlgorithm\": \"Sha384 { ... }\"");
        for (const QString &key : order.split(u',', Qt::SkipEmptyParts))
            expected += QStringLiteral(",\n    \"%1\": \"%2\"")
                            .arg(key, QString::fromLatin1(QByteArray(48, char(key.mid(3).toInt())).toHex()));
        expected += QStringLiteral("\n  }\n}\n");
        QCOMPARE(QString::fromUtf8(NitroCliJson::buildInfo(m)), expected);
    }

    void write_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("firstKeys"); // order for the root, comma-separated
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("{}") << QString() << QByteArray("{}\n");
        QTest::newRow("sorted by default") << QByteArray("{\"b\": 1, \"a\": true}") << QString()
                                           << QByteArray("{\n  \"a\": true,\n  \"b\": 1\n}\n");
        QTest::newRow("ordered first")
            << QByteArray("{\"b\": 1, \"a\": null, \"c\": \"x\"}") << QStringLiteral("c,b")
            << QByteArray("{\n  \"c\": \"x\",\n  \"b\": 1,\n  \"a\": null\n}\n");
        QTest::newRow("absent ordered key")
            << QByteArray("{\"a\": 1}") << QStringLiteral("z,a") << QByteArray("{\n  \"a\": 1\n}\n");
        QTest::newRow("empty containers") << QByteArray("{\"a\": [], \"b\": {}}") << QString()
                                          << QByteArray("{\n  \"a\": [],\n  \"b\": {}\n}\n");
        QTest::newRow("nested")
            << QByteArray("{\"a\": [1, {\"y\": \"q\\\"\\n\"}]}") << QString()
            << QByteArray("{\n  \"a\": [\n    1,\n    {\n      \"y\": \"q\\\"\\n\"\n    }\n  ]\n}\n");
    }
    void write()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, firstKeys);
        QFETCH(QByteArray, text);
        QHash<QString, QStringList> order;
        if (!firstKeys.isEmpty())
            order.insert(QString(), firstKeys.split(u','));
        const QByteArray out = NitroCliJson::write(QJsonDocument::fromJson(json).object(), order);
        QCOMPARE(out, text);
        QCOMPARE(QJsonDocument::fromJson(out).object(), QJsonDocument::fromJson(json).object());
    }
};

QTEST_GUILESS_MAIN(TestNitroCliJson)
#include "tst_nitroclijson.moc"
