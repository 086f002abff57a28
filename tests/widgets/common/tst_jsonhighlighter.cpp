#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include "common/jsonhighlighter.h"
#include "common/jsontext.h"

using namespace enclave::ui;

namespace {

// Foreground colour the highlighter gave the character at column of the first block.
QColor colourAt(const QTextDocument &doc, int column)
{
    const QTextBlock block = doc.firstBlock();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format.foreground().color();
    }
    return {};
}

} // namespace

class TestJsonHighlighter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokensGetDistinctColours_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void tokensGetDistinctColours()
    {
        QFETCH(bool, dark);
        QTextDocument doc;
        //                 0123456789012345678901234567890123456
        doc.setPlainText(QStringLiteral("  \"PCR0\": \"ab\\\"c\", \"n\": -1.5e3, \"t\": true"));
        JsonHighlighter highlighter(&doc, dark);
        highlighter.rehighlight();
        const QColor key = colourAt(doc, 3);
        const QColor string = colourAt(doc, 11);
        const QColor escapedTail = colourAt(doc, 15); // still inside the string after \"
        const QColor number = colourAt(doc, 25);
        const QColor literal = colourAt(doc, 38);
        QVERIFY(key.isValid() && string.isValid() && number.isValid() && literal.isValid());
        QCOMPARE(escapedTail, string);
        QVERIFY(key != string);
        QVERIFY(number != string);
        QVERIFY(literal != number);
        // Readable: text colours contrast with the theme's base (light text on dark, dark on light).
        for (const QColor &c : { key, string, number, literal })
            QCOMPARE(c.lightness() > 128, dark);
    }

    void indentKeepsKeyOrder_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("order kept")
            << QByteArray("{\"b\":1,\"a\":[true,null],\"e\":{},\"s\":\"x,{y}\\\"z\"}")
            << QStringLiteral("{\n    \"b\": 1,\n    \"a\": [\n        true,\n        null\n    ],\n"
                              "    \"e\": {},\n    \"s\": \"x,{y}\\\"z\"\n}");
        QTest::newRow("already indented")
            << QByteArray("{\n  \"a\": 1\n}\n") << QStringLiteral("{\n  \"a\": 1\n}");
    }
    void indentKeepsKeyOrder()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QCOMPARE(indentJson(json), expected);
    }
};

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
