#include <QStandardPaths>
#include <QTest>

#include "remote/ansiparser.h"

using namespace enclave::ui;
using namespace Qt::StringLiterals;

class TestAnsiParser final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void plainText_data();
    void plainText();
    void colours();
    void splitAcrossChunks();
    void extendedColours();
    void resetAndAttributes();
    void garbageIsBounded();
};

void TestAnsiParser::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"hello\n"_s << u"hello\n"_s;
    QTest::newRow("crlf") << u"a\r\nb\r\n"_s << u"a\nb\n"_s;
    QTest::newRow("tab kept") << u"a\tb"_s << u"a\tb"_s;
    QTest::newRow("bell and backspace dropped") << u"a\x07\x08z"_s << u"az"_s;
    QTest::newRow("cursor movement dropped") << u"x\x1b[2Ky\x1b[10;3Hz"_s << u"xyz"_s;
    QTest::newRow("osc title dropped (BEL)") << u"\x1b]0;title\x07ok"_s << u"ok"_s;
    QTest::newRow("osc title dropped (ST)") << u"\x1b]0;title\x1b\\ok"_s << u"ok"_s;
    QTest::newRow("charset select dropped") << u"\x1b(Bok"_s << u"ok"_s;
    QTest::newRow("private mode dropped") << u"\x1b[?25lok"_s << u"ok"_s;
    QTest::newRow("sgr only") << u"\x1b[1m\x1b[0m"_s << QString();
    QTest::newRow("unicode") << u"Grüße ✓\n"_s << u"Grüße ✓\n"_s;
}

void TestAnsiParser::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    AnsiParser p;
    QString out;
    for (const auto &s : p.feed(input))
        out += s.text;
    QCOMPARE(out, text);
}

void TestAnsiParser::colours()
{
    AnsiParser p;
    const auto segs = p.feed(u"a\x1b[31mred\x1b[0m b\x1b[1;92mbold green\x1b[39m bold"_s);
    QCOMPARE(segs.size(), 5);
    QCOMPARE(segs.at(0).text, u"a"_s);
    QVERIFY(!segs.at(0).format.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(segs.at(1).text, u"red"_s);
    QCOMPARE(segs.at(1).format.foreground().color(), AnsiParser::paletteColor(1));
    QCOMPARE(segs.at(2).text, u" b"_s);
    QVERIFY(!segs.at(2).format.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(segs.at(3).text, u"bold green"_s);
    QCOMPARE(segs.at(3).format.foreground().color(), AnsiParser::paletteColor(10));
    QCOMPARE(segs.at(3).format.fontWeight(), int(QFont::Bold));
    // 39 resets the colour only; bold stays.
    QCOMPARE(segs.at(4).text, u" bold"_s);
    QCOMPARE(segs.at(4).format.fontWeight(), int(QFont::Bold));
    QVERIFY(!segs.at(4).format.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(p.currentFormat().fontWeight(), int(QFont::Bold));
    QVERIFY(!p.currentFormat().hasProperty(QTextFormat::ForegroundBrush));
}

void TestAnsiParser::splitAcrossChunks()
{
    // Every split point of a coloured line gives the same text and the same colour for "err".
    const QString line = u"ok \x1b[38;5;196merr\x1b[0m done\n"_s;
    for (int cut = 0; cut <= line.size(); ++cut) {
        AnsiParser p;
        QList<AnsiParser::Segment> segs = p.feed(QStringView(line).left(cut));
        segs += p.feed(QStringView(line).mid(cut));
        QString text;
        QList<QColor> colours; // per character
        for (const auto &s : segs) {
            text += s.text;
            for (qsizetype k = 0; k < s.text.size(); ++k)
                colours << (s.format.hasProperty(QTextFormat::ForegroundBrush) ? s.format.foreground().color()
                                                                               : QColor());
        }
        QCOMPARE(text, u"ok err done\n"_s);
        for (qsizetype k = 0; k < text.size(); ++k) {
            const bool inErr = k >= 3 && k < 6;
            QCOMPARE(colours.at(k), inErr ? AnsiParser::paletteColor(196) : QColor());
        }
    }
}

void TestAnsiParser::extendedColours()
{
    QCOMPARE(AnsiParser::paletteColor(16), QColor(0, 0, 0));
    QCOMPARE(AnsiParser::paletteColor(231), QColor(255, 255, 255));
    QCOMPARE(AnsiParser::paletteColor(232), QColor(8, 8, 8));
    QVERIFY(!AnsiParser::paletteColor(256).isValid());
    AnsiParser p;
    const auto segs = p.feed(u"\x1b[38;2;10;20;30;48;5;21mx"_s);
    QCOMPARE(segs.size(), 1);
    QCOMPARE(segs.at(0).format.foreground().color(), QColor(10, 20, 30));
    QCOMPARE(segs.at(0).format.background().color(), AnsiParser::paletteColor(21));
}

void TestAnsiParser::resetAndAttributes()
{
    AnsiParser p;
    auto segs = p.feed(u"\x1b[3;4;44mx\x1b[mY"_s);
    QCOMPARE(segs.size(), 2);
    QVERIFY(segs.at(0).format.fontItalic());
    QVERIFY(segs.at(0).format.fontUnderline());
    QCOMPARE(segs.at(0).format.background().color(), AnsiParser::paletteColor(4));
    QVERIFY(!segs.at(1).format.fontItalic());
    QVERIFY(!segs.at(1).format.hasProperty(QTextFormat::BackgroundBrush));
    segs = p.feed(u"\x1b[7;31mI"_s); // inverse swaps colours
    QCOMPARE(segs.at(0).format.background().color(), AnsiParser::paletteColor(1));
}

void TestAnsiParser::garbageIsBounded()
{
    AnsiParser p;
    // An escape that never ends is not kept forever: past the bound it is dropped.
    QString endless = u"\x1b["_s + QString(AnsiParser::MaxPendingEscape * 2, u'1');
    QVERIFY(p.feed(endless).isEmpty());
    const auto segs = p.feed(u"after"_s);
    QString text;
    for (const auto &s : segs)
        text += s.text;
    QCOMPARE(text, u"after"_s);
}

QTEST_MAIN(TestAnsiParser)
#include "tst_ansiparser.moc"
